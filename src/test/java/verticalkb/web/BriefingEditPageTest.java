package verticalkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import verticalkb.Api;

/** The editor's desk: who may open it, pinning, hiding, notes and publishing through its forms, and forged forms refused. */
@QuarkusTest
class BriefingEditPageTest {

  private static final String RUN = "ed" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private static final String WEEK = "2035-W10";
  private static final String DESK = "/verticals/healthcare/briefing/edit";
  private static boolean imported;

  @BeforeEach
  void importOnce() {
    if (imported) return;
    imported = true;
    String body = doc("a", "First story " + RUN, "2035-03-06T10:00:00Z") + doc("b", "Second story " + RUN, "2035-03-07T10:00:00Z")
        + doc("outside", "Older story " + RUN, "2034-01-02T10:00:00Z");
    Api.admin().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/documents").then().statusCode(200);
  }

  private static String doc(String id, String title, String published) {
    return "{\"id\":\"" + RUN + "-" + id + "\",\"type\":\"publication\",\"title\":\"" + title + "\",\"text\":\"About " + RUN
        + ".\",\"published\":\"" + published + "\",\"verticals\":[\"healthcare\"],\"source\":\"edit-test\"}\n";
  }

  private static RequestSpecification form(RequestSpecification as, String origin) {
    RequestSpecification r = as.contentType("application/x-www-form-urlencoded").redirects().follow(false);
    return origin == null ? r : r.header("Origin", origin);
  }

  private static String ownOrigin() {
    return "http://localhost:" + RestAssured.port;
  }

  private static Document desk() {
    Response r = Api.editor().accept("text/html").get(DESK + "?week=" + WEEK);
    r.then().statusCode(200).contentType("text/html");
    return Jsoup.parse(r.asString());
  }

  private static Response curate(String documentId, String action, String note) {
    RequestSpecification r = form(Api.editor(), ownOrigin()).formParam("week", WEEK).formParam("documentId", documentId).formParam("action", action);
    if (note != null) r = r.formParam("note", note);
    return r.post(DESK + "/curation");
  }

  @Test
  void onlyEditorsOpenTheDeskAndTheBrowserIsAskedForAPassword() {
    Api.anonymous().get(DESK).then().statusCode(401).header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"));
    Api.viewer().get(DESK).then().statusCode(403);
  }

  @Test
  void pinningHidingAndNotesChangeTheWeeksReading() {
    assertThat(desk().select("li.reading > a").eachText()).contains("First story " + RUN, "Second story " + RUN);

    Response pinned = curate(RUN + "-outside", "pin", null);
    pinned.then().statusCode(303);
    assertThat(pinned.header("Location")).endsWith(DESK + "?week=" + WEEK);
    curate(RUN + "-a", "hide", null).then().statusCode(303);
    curate(RUN + "-b", "annotate", "Worth a read").then().statusCode(303);

    Document after = desk();
    assertThat(after.select("li.reading > a").eachText()).first().isEqualTo("Older story " + RUN);
    assertThat(after.select("li.reading > a").eachText()).doesNotContain("First story " + RUN);
    assertThat(after.select("li.hidden-item").eachText()).anySatisfy(t -> assertThat(t).startsWith("First story " + RUN));
    assertThat(after.select("li.reading[data-id=" + RUN + "-b] p.note").text()).isEqualTo("Worth a read");
  }

  @Test
  void publishingFreezesTheWeekAndTheBriefingPageShowsTheEdition() {
    Response published = form(Api.editor(), ownOrigin()).formParam("week", WEEK).formParam("title", "Week ten " + RUN)
        .formParam("intro", "Hello").post(DESK + "/publish");
    published.then().statusCode(303);
    Document briefing = Jsoup.parse(Api.anonymous().get(published.header("Location").replaceFirst("^https?://[^/]+", "")).asString());
    assertThat(briefing.selectFirst("main h1").text()).isEqualTo("Week ten " + RUN);
    assertThat(briefing.selectFirst("#summary").text()).contains("published edition, revision");
  }

  @Test
  void aFormFromAnotherSiteOrWithoutAnOriginIsRefused() {
    form(Api.editor(), "https://evil.example").formParam("week", WEEK).formParam("documentId", RUN + "-b").formParam("action", "hide")
        .post(DESK + "/curation").then().statusCode(403);
    form(Api.editor(), null).formParam("week", WEEK).formParam("documentId", RUN + "-b").formParam("action", "hide")
        .post(DESK + "/curation").then().statusCode(403);
    assertThat(desk().select("li.reading > a").eachText()).contains("Second story " + RUN);
  }

  @Test
  void anUnknownDocumentKeepsTheDeskOpenWithTheReason() {
    Response r = curate("no-such-document-" + RUN, "pin", null);
    r.then().statusCode(404).contentType("text/html");
    Document page = Jsoup.parse(r.asString());
    assertThat(page.selectFirst("p.error").text()).contains("no-such-document-" + RUN);
    assertThat(page.select("form.pin-any")).isNotEmpty();
  }
}
