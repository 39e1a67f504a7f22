package verticalkb.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static verticalkb.Api.admin;
import static verticalkb.Api.anonymous;
import static verticalkb.Api.editor;
import static verticalkb.Api.viewer;
import static verticalkb.mail.Mailboxes.confirmed;
import static verticalkb.mail.Mailboxes.newAddress;
import static verticalkb.mail.Mailboxes.to;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The weekly run over real SMTP; each test uses its own week, so runs of other tests do not count as its deliveries. */
@QuarkusTest
@TestProfile(StandInBriefings.class)
class WeeklyMailTest {

  @InjectSmtp
  GreenMail smtp;

  @Inject
  WeeklyRun weekly;

  @Inject
  MailConfig config;

  @AfterEach
  void serveEveryAddressAgain() {
    SmtpServer.acceptAll(smtp);
  }

  @Test
  void runSendsOneMailPerConfirmedSubscriptionWithUnsubscribeHeadersAndBothParts() throws Exception {
    String reader = newAddress("reader");
    String undecided = newAddress("undecided");
    confirmed(smtp, reader, "healthcare", "government");
    Mailboxes.subscribe(undecided, "healthcare");

    run("2026-W10").body("sent", greaterThanOrEqualTo(2));

    List<MimeMessage> weekly = to(smtp, reader).stream().skip(1).toList();
    assertThat(weekly).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
        "[Vertical KB] " + TestBriefings.title("healthcare", "2026-W10"), "[Vertical KB] " + TestBriefings.title("government", "2026-W10"));
    for (MimeMessage m : weekly) {
      assertThat(Mailboxes.partTypes(m)).containsExactlyInAnyOrder("text/plain", "text/html");
      assertThat(Mailboxes.part(m, "text/html")).contains("html part", "/subscriptions/unsubscribe?token=");
      assertThat(Mailboxes.part(m, "text/plain")).contains("text part", "/subscriptions/unsubscribe?token=");
      assertThat(m.getHeader("List-Unsubscribe", null)).startsWith("<https://kb.example.test/subscriptions/unsubscribe?token=");
      assertThat(m.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
    }
    assertThat(to(smtp, undecided)).hasSize(1);
  }

  @Test
  void secondRunOfAWeekSendsNothingNew() throws Exception {
    String reader = newAddress("once");
    confirmed(smtp, reader, "healthcare");
    run("2026-W11").body("sent", greaterThanOrEqualTo(1));

    run("2026-W11").body("sent", equalTo(0)).body("alreadySent", greaterThanOrEqualTo(1));
    assertThat(to(smtp, reader)).hasSize(2);
    editor().get("/api/mail/deliveries?week=2026-W11&vertical=healthcare").then().statusCode(200)
        .body("items.find { it.email == '" + reader + "' }.status", equalTo("sent"))
        .body("items.find { it.email == '" + reader + "' }.attempts", equalTo(1));
  }

  @Test
  void oneClickUnsubscribeStopsTheNextRunAndIsIdempotent() throws Exception {
    String reader = newAddress("leaver");
    String unsubscribe = unsubscribeLinkOfABriefing(reader, "2026-W12");

    // RFC 8058: the mail client POSTs the form field, without cookies or credentials.
    anonymous().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").post(unsubscribe)
        .then().statusCode(200).body(containsString("Unsubscribed"));
    RestAssured.given().post(unsubscribe).then().statusCode(200).body(containsString("Already unsubscribed"));
    run("2026-W13");

    assertThat(to(smtp, reader)).hasSize(2);
    anonymous().get(unsubscribe).then().statusCode(200).body(containsString("Already unsubscribed"));
  }

  @Test
  void subscribingAgainAfterUnsubscribingWaitsForANewConfirmation() throws Exception {
    String reader = newAddress("returning");
    String unsubscribe = unsubscribeLinkOfABriefing(reader, "2026-W20");
    RestAssured.given().post(unsubscribe).then().statusCode(200);

    Mailboxes.subscribe(reader, "healthcare");
    run("2026-W21");
    assertThat(to(smtp, reader)).extracting(MimeMessage::getSubject).last().asString().contains("Confirm your subscription");

    anonymous().post(Mailboxes.linkPath(to(smtp, reader).get(2))).then().statusCode(200);
    run("2026-W22");
    assertThat(to(smtp, reader)).extracting(MimeMessage::getSubject).last().asString().contains(TestBriefings.title("healthcare", "2026-W22"));
  }

  @Test
  void unsubscribePageAsksBeforeUnsubscribing() throws Exception {
    String reader = newAddress("asked");
    String unsubscribe = unsubscribeLinkOfABriefing(reader, "2026-W14");

    anonymous().get(unsubscribe).then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html"))
        .body(containsString("<form method=\"post\"")).body(containsString("Unsubscribe?"));
    run("2026-W15");
    assertThat(to(smtp, reader)).hasSize(3);
  }

  @Test
  void smtpFailureOfOneRecipientIsLoggedAsFailedAndRetriedByTheNextRun() throws Exception {
    String broken = newAddress("broken");
    String fine = newAddress("fine");
    confirmed(smtp, broken, "automotive");
    confirmed(smtp, fine, "automotive");
    SmtpServer.refuse(smtp, broken);

    run("2026-W16", "automotive").body("failed", greaterThanOrEqualTo(1));
    assertThat(to(smtp, broken)).hasSize(1);
    assertThat(to(smtp, fine)).hasSize(2);
    editor().get("/api/mail/deliveries?week=2026-W16&status=failed").then().statusCode(200)
        .body("items.find { it.email == '" + broken + "' }.error", containsString("451"));

    SmtpServer.accept(smtp, broken);
    run("2026-W16", "automotive").body("sent", greaterThanOrEqualTo(1));
    assertThat(to(smtp, broken)).hasSize(2);
    assertThat(to(smtp, fine)).hasSize(2);
    JsonPath log = editor().get("/api/mail/deliveries?week=2026-W16&vertical=automotive").then().extract().jsonPath();
    assertThat(log.getString("items.find { it.email == '" + broken + "' }.status")).isEqualTo("sent");
    assertThat(log.getInt("items.find { it.email == '" + broken + "' }.attempts")).isEqualTo(2);
  }

  @Test
  void retryBetweenRunsSendsWhatFailedButNotNewSubscriptions() throws Exception {
    String broken = newAddress("retried");
    String late = newAddress("late");
    confirmed(smtp, broken, "automotive");
    SmtpServer.refuse(smtp, broken);
    run("2026-W40", "automotive");
    confirmed(smtp, late, "automotive");
    SmtpServer.accept(smtp, broken);

    weekly.retryFailed("2026-W40");

    assertThat(to(smtp, broken)).hasSize(2);
    assertThat(to(smtp, late)).hasSize(1);
  }

  @Test
  void retryGivesUpAfterMaxAttempts() throws Exception {
    String hopeless = newAddress("hopeless");
    confirmed(smtp, hopeless, "automotive");
    SmtpServer.refuse(smtp, hopeless);
    run("2026-W41", "automotive");
    for (int i = 1; i < config.weekly().maxAttempts(); i++) weekly.retryFailed("2026-W41");
    SmtpServer.accept(smtp, hopeless);

    weekly.retryFailed("2026-W41");

    assertThat(to(smtp, hopeless)).hasSize(1);
    editor().get("/api/mail/deliveries?week=2026-W41").then()
        .body("items.find { it.email == '" + hopeless + "' }.attempts", equalTo(config.weekly().maxAttempts()));
  }

  @Test
  void smtpServerThatStopsAnsweringFailsThatMailOnlyAfterTheSendTimeout() throws Exception {
    String stalled = newAddress("stalled");
    String fine = newAddress("prompt");
    confirmed(smtp, stalled, "government");
    confirmed(smtp, fine, "government");
    SmtpServer.stall(smtp, stalled);

    // While the stalled mail holds the run, its progress is visible; when it ends, the progress says how it ended.
    java.util.concurrent.CompletableFuture<io.restassured.response.ValidatableResponse> running =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> run("2026-W30", "government"));
    JsonPath during = null;
    for (int i = 0; i < 100 && !running.isDone(); i++) {
      JsonPath p = editor().get("/api/mail/weekly/run").then().statusCode(200).extract().jsonPath();
      if ("running".equals(p.getString("state")) && "2026-W30".equals(p.getString("week"))) {
        during = p;
        break;
      }
      Thread.sleep(50);
    }
    assertThat(during).as("the run's progress while the stalled mail holds it").isNotNull();
    assertThat(during.getInt("done")).isLessThan(during.getInt("recipients"));
    running.get().body("failed", greaterThanOrEqualTo(1));
    JsonPath after = editor().get("/api/mail/weekly/run").then().statusCode(200).extract().jsonPath();
    assertThat(after.getString("state")).isEqualTo("done");
    assertThat(after.getInt("done")).isEqualTo(after.getInt("recipients"));
    assertThat(after.getInt("failed")).isGreaterThanOrEqualTo(1);
    assertThat(to(smtp, fine)).hasSize(2);
    editor().get("/api/mail/deliveries?week=2026-W30&status=failed").then().statusCode(200)
        .body("items.find { it.email == '" + stalled + "' }.error", containsString("Timeout"));

    // The late server takes the mail in the end (SMTP is at-least-once); wait for it so that later tests find it free.
    SmtpServer.accept(smtp, stalled);
    assertThat(Mailboxes.await(smtp, stalled, 2)).hasSize(2);

    // The failure is retried: a second copy arrives with a link of its own, and the first copy's link still works.
    run("2026-W30", "government").body("sent", greaterThanOrEqualTo(1));
    List<MimeMessage> copies = Mailboxes.await(smtp, stalled, 3).stream().skip(1).toList();
    assertThat(copies).hasSize(2);
    assertThat(Mailboxes.unsubscribePath(copies.get(0))).isNotEqualTo(Mailboxes.unsubscribePath(copies.get(1)));
    RestAssured.given().post(Mailboxes.unsubscribePath(copies.get(0))).then().statusCode(200).body(containsString("nsubscribed"));
    RestAssured.given().post(Mailboxes.unsubscribePath(copies.get(1))).then().statusCode(200).body(containsString("Already unsubscribed"));
  }

  @Test
  void briefingWithoutItemsIsSkippedAndLogged() throws Exception {
    String reader = newAddress("empty");
    confirmed(smtp, reader, TestBriefings.EMPTY_VERTICAL);

    run("2026-W17", TestBriefings.EMPTY_VERTICAL).body("skipped", greaterThanOrEqualTo(1)).body("sent", equalTo(0));
    assertThat(to(smtp, reader)).hasSize(1);
    editor().get("/api/mail/deliveries?week=2026-W17&status=skipped").then().statusCode(200)
        .body("items.find { it.email == '" + reader + "' }.error", containsString("no items"));
  }

  @Test
  void onlyAdminsStartARunAndEditorsReadTheLog() {
    anonymous().post("/api/mail/weekly/run?week=2026-W18").then().statusCode(401);
    editor().post("/api/mail/weekly/run?week=2026-W18").then().statusCode(403);
    viewer().get("/api/mail/deliveries").then().statusCode(403);
    viewer().get("/api/mail/weekly/run").then().statusCode(403);
    editor().get("/api/mail/deliveries").then().statusCode(200).body("total", greaterThanOrEqualTo(0));
  }

  @Test
  void badWeekStatusOrVerticalIsAClearError() {
    admin().post("/api/mail/weekly/run?week=2026-47").then().statusCode(400).body("detail", containsString("2026-W47"));
    admin().post("/api/mail/weekly/run?week=2025-W53").then().statusCode(400);
    admin().post("/api/mail/weekly/run?week=2026-W19&vertical=astrology").then().statusCode(404).body("detail", containsString("astrology"));
    editor().get("/api/mail/deliveries?status=lost").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("status"));
  }

  /** Subscribes and confirms the address to healthcare, sends it the week's briefing, and answers that mail's link. */
  private String unsubscribeLinkOfABriefing(String reader, String week) throws Exception {
    confirmed(smtp, reader, "healthcare");
    run(week);
    return Mailboxes.unsubscribePath(to(smtp, reader).get(1));
  }

  private static io.restassured.response.ValidatableResponse run(String week) {
    return admin().post("/api/mail/weekly/run?week=" + week).then().statusCode(200).body("week", equalTo(week));
  }

  private static io.restassured.response.ValidatableResponse run(String week, String vertical) {
    return admin().post("/api/mail/weekly/run?week=" + week + "&vertical=" + vertical).then().statusCode(200);
  }
}
