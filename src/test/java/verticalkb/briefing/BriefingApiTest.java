package verticalkb.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static verticalkb.Api.anonymous;
import static verticalkb.Api.editor;
import static verticalkb.briefing.BriefingData.V;
import static verticalkb.briefing.BriefingData.event;
import static verticalkb.briefing.BriefingData.id;
import static verticalkb.briefing.BriefingData.importDocuments;
import static verticalkb.briefing.BriefingData.publication;
import static verticalkb.expert.Pages.article;
import static verticalkb.expert.Pages.person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import verticalkb.Api;
import verticalkb.event.EventListener;
import verticalkb.expert.ExpertListener;
import verticalkb.expert.Pages;

/** The weekly briefing end to end: week bounds, the four parts, curation, editions, formats and errors. */
@QuarkusTest
class BriefingApiTest {

  @Inject
  EventListener events;

  @Inject
  ExpertListener experts;

  @Inject
  WeeklyBriefings weekly;

  private static JsonPath briefing(String query) {
    return anonymous().get("/api/verticals/" + V + "/briefing?" + query).then().statusCode(200).extract().jsonPath();
  }

  private static List<String> readingIds(String query) {
    return briefing(query).getList("reading.id", String.class);
  }

  private static Response curate(String week, String document, String action, String note) {
    return editor().body(note == null ? Map.of("week", week, "documentId", document, "action", action)
        : Map.of("week", week, "documentId", document, "action", action, "note", note)).post("/api/verticals/" + V + "/curation");
  }

  @Test
  void aWeekInUtcHoldsSundayAt2359AndNotTheNextMondayAtMidnight() {
    importDocuments(publication("w10-monday", "Monday opening", "2033-03-07T00:00:00Z", ""),
        publication("w10-sunday", "Sunday late", "2033-03-13T23:59:00Z", ""),
        publication("w11-monday", "Next Monday", "2033-03-14T00:00:00Z", ""));
    JsonPath b = briefing("week=2033-W10");
    assertThat(b.getList("reading.id", String.class)).containsExactlyInAnyOrder(id("w10-monday"), id("w10-sunday"));
    assertThat(b.getString("from")).isEqualTo("2033-03-07T00:00:00Z");
    assertThat(b.getString("to")).isEqualTo("2033-03-14T00:00:00Z");
    assertThat(b.getString("zone")).isEqualTo("UTC");
    assertThat(b.getString("reading[0].url")).startsWith("https://news.example.org/");
    assertThat(b.getString("reading[0].summary")).startsWith("Quiet notes");
  }

  @Test
  void theAgendaComparesTheWeeksTopicsWithTheWeeksBefore() {
    importDocuments(publication("w40-a", "Virtual wards", "2033-10-04T09:00:00Z", "\"topics\":[\"telehealth\"]"),
        publication("w40-b", "Home visits", "2033-10-05T09:00:00Z", "\"topics\":[\"telehealth\"]"),
        publication("w40-c", "Payment news", "2033-10-06T09:00:00Z", "\"topics\":[\"reimbursement\"]"),
        publication("w39-a", "Payment rules", "2033-09-27T09:00:00Z", "\"topics\":[\"reimbursement\"]"),
        publication("w38-a", "Payment talks", "2033-09-20T09:00:00Z", "\"topics\":[\"reimbursement\"]"));
    JsonPath b = briefing("week=2033-W40");
    assertThat(b.getList("topics.topic", String.class)).containsExactly("telehealth", "reimbursement");
    assertThat(b.getString("topics[0].name")).isEqualTo("Telehealth and virtual care");
    assertThat(b.getInt("topics[0].count")).isEqualTo(2);
    assertThat(b.getDouble("topics[0].change")).isEqualTo(2.0);
    assertThat(b.getDouble("topics[1].previousAverage")).isEqualTo(0.5);
    assertThat(b.getDouble("topics[1].change")).isEqualTo(0.5);
  }

  @Test
  void eventsFromTheWeeksMondayOnAndExpertsWithFreshEvidenceAreListed() {
    events.extracted(Pages.events(V, "https://events.example.ie/" + BriefingData.RUN + "/list", 0.7,
        event("Ward Technology Summit", "2033-05-18T09:00:00Z", "HealthTech Ireland", "Orla Fitzgibbon"),
        event("Late Summer Forum", "2033-08-01T09:00:00Z", "HealthTech Ireland"),
        event("Spring Round Table", "2033-05-13T09:00:00Z", "HealthTech Ireland")));
    experts.extracted(article(V, "https://news.example.org/" + BriefingData.RUN + "/wards", "Wards go virtual",
        "Telehealth and remote patient monitoring in the wards.", Instant.parse("2033-05-17T10:00:00Z"), 0.8,
        person("Orla Fitzgibbon", "Chief Nursing Officer", "Galway Clinic", "Galway, Ireland", null, "author")));
    JsonPath b = briefing("week=2033-W20");
    assertThat(b.getList("events.name", String.class)).containsExactly("Ward Technology Summit");
    assertThat(b.getList("events[0].speakers", String.class)).containsExactly("Orla Fitzgibbon");
    assertThat(b.getString("events[0].start")).isEqualTo("2033-05-18T10:00:00+01:00");
    assertThat(b.getString("events[0].timeZone")).isEqualTo("Europe/Dublin");
    assertThat(b.getList("experts.name", String.class)).contains("Orla Fitzgibbon");
    assertThat(b.getString("experts.find { it.name == 'Orla Fitzgibbon' }.evidence[0].title")).isEqualTo("Wards go virtual");
  }

  @Test
  void curationPinsFirstHidesAndAnnotates() {
    String w = "2033-W25";
    importDocuments(publication("w25-a", "Alpha", "2033-06-20T09:00:00Z", "\"authority\":0.9"),
        publication("w25-b", "Beta", "2033-06-21T09:00:00Z", "\"authority\":0.5"),
        publication("w25-c", "Gamma", "2033-06-22T09:00:00Z", "\"authority\":0.1"),
        publication("w26-outside", "Outside the week", "2033-06-28T09:00:00Z", ""));
    curate(w, id("w26-outside"), "pin", null).then().statusCode(201).body("pinned", org.hamcrest.Matchers.is(true));
    curate(w, id("w25-c"), "pin", null).then().statusCode(201);
    curate(w, id("w25-a"), "hide", null).then().statusCode(201);
    curate(w, id("w25-b"), "annotate", "Worth a call to the CIO").then().statusCode(201);
    curate(w, id("w25-b"), "annotate", "Worth a call to the CIO this week").then().statusCode(200)
        .body("note", org.hamcrest.Matchers.equalTo("Worth a call to the CIO this week"));

    JsonPath b = briefing("week=" + w);
    assertThat(b.getList("reading.id", String.class)).containsExactly(id("w26-outside"), id("w25-c"), id("w25-b"));
    assertThat(b.getList("reading.pinned", Boolean.class)).containsExactly(true, true, false);
    assertThat(b.getString("reading[2].note")).isEqualTo("Worth a call to the CIO this week");
    JsonPath listed = anonymous().get("/api/verticals/" + V + "/curation?week=" + w).then().statusCode(200).extract().jsonPath();
    assertThat(listed.getInt("total")).isEqualTo(4);
    assertThat(listed.getList("items.documentId", String.class).subList(0, 2)).containsExactly(id("w26-outside"), id("w25-c"));

    curate(w, id("w25-a"), "unhide", null).then().statusCode(200);
    curate(w, id("w26-outside"), "unpin", null).then().statusCode(200);
    assertThat(readingIds("week=" + w)).containsExactly(id("w25-c"), id("w25-a"), id("w25-b"));
  }

  @Test
  void anEditionFreezesTheWeekUntilItIsPublishedAgain() {
    String w = "2033-W30";
    importDocuments(publication("w30-first", "First story", "2033-07-26T09:00:00Z", ""));
    JsonPath first = editor().body(Map.of("week", w, "title", "Healthcare this week", "intro", "Hello readers."))
        .post("/api/verticals/" + V + "/editions").then().statusCode(201).extract().jsonPath();
    assertThat(first.getInt("revision")).isEqualTo(1);
    assertThat(first.getString("publishedBy")).isEqualTo("test-editor");
    assertThat(first.getList("briefing.reading.id", String.class)).containsExactly(id("w30-first"));

    importDocuments(publication("w30-later", "Later story", "2033-07-27T09:00:00Z", "\"authority\":1.0"));
    JsonPath frozen = briefing("week=" + w);
    assertThat(frozen.getList("reading.id", String.class)).containsExactly(id("w30-first"));
    assertThat(frozen.getString("edition.id")).isEqualTo(first.getString("id"));
    assertThat(frozen.getString("title")).isEqualTo("Healthcare this week");
    assertThat(readingIds("week=" + w + "&live=true")).contains(id("w30-later"));

    JsonPath second = editor().body(Map.of("week", w)).post("/api/verticals/" + V + "/editions")
        .then().statusCode(201).extract().jsonPath();
    assertThat(second.getInt("revision")).isEqualTo(2);
    JsonPath now = briefing("week=" + w);
    assertThat(now.getList("reading.id", String.class)).containsExactlyInAnyOrder(id("w30-first"), id("w30-later"));
    assertThat(now.getString("edition.id")).isEqualTo(second.getString("id"));
    JsonPath listed = anonymous().get("/api/verticals/" + V + "/editions?week=" + w).then().statusCode(200).extract().jsonPath();
    assertThat(listed.getList("items.revision", Integer.class)).containsExactly(2, 1);
    anonymous().get("/api/verticals/" + V + "/editions/" + first.getString("id")).then().statusCode(200)
        .body("briefing.reading.id", org.hamcrest.Matchers.contains(id("w30-first")));
  }

  @Test
  void markdownAndHtmlShowTheBriefingAndHtmlEscapesEveryTitle() {
    importDocuments(publication("w33-evil", "<script>alert(1)</script> & Co", "2033-08-16T09:00:00Z", ""));
    String md = anonymous().get("/api/verticals/" + V + "/briefing?week=2033-W33&format=md").then().statusCode(200)
        .contentType(containsString("text/markdown")).extract().asString();
    assertThat(md).startsWith("# Healthcare briefing, 2033-W33").contains("## What its leaders read", "## The agenda")
        .contains("\\<script\\>alert(1)\\</script\\> & Co");
    String html = anonymous().get("/api/verticals/" + V + "/briefing?week=2033-W33&format=html").then().statusCode(200)
        .contentType(containsString("text/html")).extract().asString();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
        .doesNotContain("<script").contains("href=\"https://news.example.org/" + id("w33-evil") + "\"");
  }

  @Test
  void anEmptyWeekIsABriefingThatSaysSo() {
    JsonPath b = briefing("week=2034-W02");
    assertThat(b.getBoolean("empty")).isTrue();
    assertThat(b.getString("note")).contains("empty week");
    assertThat(b.getList("reading")).isEmpty();
  }

  @Test
  void theWeeklyMailGetsSubjectHtmlAndTextWithAbsoluteLinks() {
    importDocuments(publication("w45-mail", "Mail story", "2033-11-08T09:00:00Z", ""));
    WeeklyBriefings.RenderedBriefing r = weekly.render(V, "2033-W45").orElseThrow();
    assertThat(r.subject()).isEqualTo("Healthcare briefing, 2033-W45");
    assertThat(r.html()).contains("Mail story").contains("href=\"http").contains("/api/verticals/healthcare/briefing?week=2033-W45");
    assertThat(r.text()).contains("[Mail story](https://news.example.org/" + id("w45-mail") + ")");
    assertThat(r.items()).isPositive();
    assertThat(r.edition()).isNull();
    assertThat(weekly.render("no-such-vertical", "2033-W45")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-W60", "yesterday"})
  void aWeekThatIsNotAnIsoWeekIsA400ShowingTheForm(String week) {
    anonymous().get("/api/verticals/" + V + "/briefing?week=" + week).then().statusCode(400)
        .contentType(containsString("application/problem+json")).body("detail", containsString("YYYY-Www"));
  }

  @Test
  void aFormatThatIsNotOfferedIsA400ListingTheFormats() {
    anonymous().get("/api/verticals/" + V + "/briefing?format=pdf").then().statusCode(400)
        .body("detail", containsString("[json, md, html]"));
  }

  @Test
  void aLiveThatIsNotTrueOrFalseIsA400() {
    anonymous().get("/api/verticals/" + V + "/briefing?live=maybe").then().statusCode(400).body("detail", containsString("live"));
  }

  @Test
  void anUnknownVerticalIsA404() {
    anonymous().get("/api/verticals/no-such-vertical/briefing").then().statusCode(404)
        .body("detail", containsString("no-such-vertical"));
  }

  @Test
  void writesNeedAnEditor() {
    Map<String, String> pin = Map.of("week", "2033-W25", "documentId", "x", "action", "pin");
    anonymous().body(pin).post("/api/verticals/" + V + "/curation").then().statusCode(401);
    anonymous().body(Map.of("week", "2033-W25")).post("/api/verticals/" + V + "/editions").then().statusCode(401);
    Api.viewer().body(pin).post("/api/verticals/" + V + "/curation").then().statusCode(403);
  }

  @Test
  void curatingAnUnknownDocumentIsA404NamingIt() {
    curate("2033-W25", "no-such-document-" + BriefingData.RUN, "pin", null).then().statusCode(404)
        .body("detail", containsString("no-such-document-" + BriefingData.RUN));
    curate("2033-W25", id("w25-a"), "star", null).then().statusCode(400).body("detail", containsString("pin"));
    editor().body(Map.of("week", "2033-W25", "documentId", id("w25-a"))).post("/api/verticals/" + V + "/curation")
        .then().statusCode(400).body("detail", containsString("action: is missing; use one of"));
  }

  @Test
  void editorsPublishingOneWeekAtOnceEachGetTheirOwnRevision() throws Exception {
    String week = "2034-W09";
    assertThat(verticalkb.Simultaneously.statuses(5, () -> editor().body(Map.of("week", week))
        .post("/api/verticals/" + V + "/editions").statusCode())).containsOnly(201);
    assertThat(anonymous().get("/api/verticals/" + V + "/editions?week=" + week).then().statusCode(200).extract().jsonPath()
        .getList("items.revision", Integer.class)).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
  }
}
