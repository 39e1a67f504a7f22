package verticalkb.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static verticalkb.Api.admin;
import static verticalkb.Api.anonymous;
import static verticalkb.Api.editor;
import static verticalkb.mail.Mailboxes.linkPath;
import static verticalkb.mail.Mailboxes.newAddress;
import static verticalkb.mail.Mailboxes.subscribe;
import static verticalkb.mail.Mailboxes.to;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
@TestProfile(StandInBriefings.class)
class SubscriptionApiTest {

  @InjectSmtp
  GreenMail smtp;

  @Test
  void subscribingSendsAConfirmationMailWhoseLinkConfirms() throws Exception {
    String email = newAddress("confirm");
    anonymous().body(Map.of("email", email, "verticals", List.of("healthcare"), "name", "Ada"))
        .post("/api/subscriptions").then().statusCode(202).body("status", equalTo("accepted"));

    List<MimeMessage> mails = to(smtp, email);
    assertThat(mails).hasSize(1);
    assertThat(Mailboxes.part(mails.get(0), "text/plain")).contains("Hello,", "Healthcare");
    assertThat(Mailboxes.partTypes(mails.get(0))).containsExactlyInAnyOrder("text/plain", "text/html");
    // Opening the link (as a mail scanner does) only asks; the button confirms.
    anonymous().get(linkPath(mails.get(0))).then().statusCode(200).contentType(startsWith("text/html"))
        .body(containsString("Confirm your subscription?"));
    assertThat(subscriptionStatus(email)).isEqualTo("pending");
    anonymous().post(linkPath(mails.get(0))).then().statusCode(200).contentType(startsWith("text/html"))
        .body(containsString("Subscription confirmed"));
    assertThat(subscriptionStatus(email)).isEqualTo("confirmed");
  }

  @Test
  void confirmationLinkPointsAtThePublicUrl() throws Exception {
    String email = newAddress("public-url");
    subscribe(email, "healthcare");
    assertThat(Mailboxes.part(to(smtp, email).get(0), "text/plain")).contains("https://kb.example.test/subscriptions/confirm?token=");
  }

  @Test
  void nobodyPutsTheirWordsIntoAConfirmationMailThroughTheName() throws Exception {
    String email = newAddress("words");
    anonymous().body(Map.of("email", email, "verticals", List.of("healthcare"), "name", "Ada")).post("/api/subscriptions")
        .then().statusCode(202);
    anonymous().body(Map.of("email", email, "verticals", List.of("healthcare"), "name", "Urgent - log in at evil.example"))
        .post("/api/subscriptions").then().statusCode(202);
    for (MimeMessage m : to(smtp, email)) {
      assertThat(Mailboxes.part(m, "text/plain")).doesNotContain("evil.example").doesNotContain("Ada");
      assertThat(Mailboxes.part(m, "text/html")).doesNotContain("evil.example");
    }
    JsonPath list = admin().get("/api/subscriptions?limit=500").then().statusCode(200).extract().jsonPath();
    assertThat(list.getString("items.find { it.email == '" + email + "' }.name")).isEqualTo("Ada");
  }

  @Test
  void subscribingAgainAnswersTheSameResendsTheLinkAndKeepsOneSubscriber() throws Exception {
    String email = newAddress("twice");
    String first = anonymous().body(Map.of("email", email, "verticals", List.of("healthcare"))).post("/api/subscriptions")
        .then().statusCode(202).extract().asString();
    String second = anonymous().body(Map.of("email", email.toUpperCase(), "verticals", List.of("healthcare")))
        .post("/api/subscriptions").then().statusCode(202).extract().asString();

    assertThat(second).isEqualTo(first);
    List<MimeMessage> mails = to(smtp, email);
    assertThat(mails).hasSize(2);
    anonymous().get(linkPath(mails.get(0))).then().statusCode(404).body(containsString("newest mail"));
    anonymous().post(linkPath(mails.get(1))).then().statusCode(200);
    JsonPath list = admin().get("/api/subscriptions?limit=500").then().statusCode(200).extract().jsonPath();
    assertThat(list.getList("items.email", String.class).stream().filter(email::equals)).hasSize(1);
  }

  @Test
  void simultaneousSignUpsOfOneNewAddressAllSucceedAndMakeOneSubscriber() throws Exception {
    String email = newAddress("race");
    assertThat(verticalkb.Simultaneously.statuses(6, () -> anonymous()
        .body(Map.of("email", email, "verticals", List.of("healthcare", "government"))).post("/api/subscriptions").statusCode()))
        .containsOnly(202);
    JsonPath list = admin().get("/api/subscriptions?limit=500").then().statusCode(200).extract().jsonPath();
    assertThat(list.getList("items.email", String.class).stream().filter(email::equals)).hasSize(1);
  }

  @Test
  void subscribingAConfirmedAddressAgainAnswersTheSameAndConfirmsNothingNew() throws Exception {
    String email = newAddress("confirmed-again");
    Mailboxes.confirmed(smtp, email, "healthcare");
    subscribe(email, "healthcare");
    List<MimeMessage> mails = to(smtp, email);
    assertThat(mails).hasSize(2);
    assertThat(Mailboxes.part(mails.get(1), "text/plain")).contains("nothing to confirm").doesNotContain("token=");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-an-address", "two@@example.org", "spaces in@example.org", "a@b", "a@example.org>"})
  void badAddressIsA400NamingTheEmailField(String email) {
    anonymous().body(Map.of("email", email, "verticals", List.of("healthcare"))).post("/api/subscriptions")
        .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("email"));
  }

  @Test
  void unknownVerticalIsA400NamingIt() {
    anonymous().body(Map.of("email", newAddress("unknown"), "verticals", List.of("healthcare", "astrology")))
        .post("/api/subscriptions").then().statusCode(400)
        .body("errors.field", hasItem("verticals[1]")).body("detail", containsString("'astrology'"));
  }

  @Test
  void expiredLinkAnswersA410PageSayingToSubscribeAgain() throws Exception {
    String email = newAddress("expired");
    subscribe(email, "healthcare");
    QuarkusTransaction.requiringNew().run(() -> Subscriber.byEmail(email).confirmExpiresAt = Instant.now().minusSeconds(1));
    anonymous().get(linkPath(to(smtp, email).get(0))).then().statusCode(410).contentType(startsWith("text/html"))
        .body(containsString("subscribe again"));
    assertThat(subscriptionStatus(email)).isEqualTo("pending");
  }

  @Test
  void unknownOrMissingTokenAnswersAPageSayingWhatToDo() {
    anonymous().get("/subscriptions/confirm?token=made-up").then().statusCode(404).contentType(startsWith("text/html"))
        .body(containsString("subscribe again"));
    anonymous().get("/subscriptions/confirm").then().statusCode(400).body(containsString("Open the whole link"));
    anonymous().post("/subscriptions/unsubscribe?token=made-up").then().statusCode(404).body(containsString("Unknown link"));
  }

  @Test
  void confirmationTokensAreStoredOnlyAsHashes() throws Exception {
    String email = newAddress("hashed");
    subscribe(email, "healthcare");
    String token = linkPath(to(smtp, email).get(0)).replaceAll(".*token=", "");
    String stored = QuarkusTransaction.requiringNew().call(() -> Subscriber.byEmail(email).confirmTokenHash);
    assertThat(stored).isEqualTo(Tokens.hash(token)).doesNotContain(token);
  }

  @Test
  void onlyAdminsListSubscribers() {
    anonymous().get("/api/subscriptions").then().statusCode(401);
    editor().get("/api/subscriptions").then().statusCode(403);
    admin().get("/api/subscriptions").then().statusCode(200).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
  }

  private static String subscriptionStatus(String email) {
    JsonPath list = admin().get("/api/subscriptions?limit=500").then().statusCode(200).extract().jsonPath();
    return list.getString("items.find { it.email == '" + email + "' }.subscriptions[0].status");
  }
}
