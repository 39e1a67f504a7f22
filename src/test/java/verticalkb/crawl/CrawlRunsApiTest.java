package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static verticalkb.Api.admin;
import static verticalkb.Api.anonymous;
import static verticalkb.Api.viewer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The crawl runs API: shapes, errors, cancel, and parking of a failing source. */
@QuarkusTest
class CrawlRunsApiTest {

  @org.junit.jupiter.api.AfterAll
  static void forget() {
    Crawls.forgetDocuments();
  }


  @Inject UrlGuard guard;

  @Test
  void aRunAnswers202ThenReportsEveryCounterOfTheContract() throws IOException {
    try (FixtureServer web = new FixtureServer()) {
      guard.allowOrigin(web.uri("/"));
      String source = Crawls.source("site", web.base() + "/trap/ok", Map.of("maxDepth", 0));
      String id = admin().body(Map.of("source", source)).post("/api/crawls").then()
          .statusCode(202)
          .header("Location", containsString("/api/crawls/"))
          .body("state", org.hamcrest.Matchers.oneOf("queued", "running"))
          .extract().path("id");
      JsonPath run = Crawls.await(id, Duration.ofSeconds(30));
      for (String counter : new String[] {"queued", "fetched", "notModified", "failed", "robotsDenied", "outOfScope", "bytes", "pagesPerSecond", "eta"}) {
        assertThat(run.getMap("")).as(counter).containsKey(counter);
      }
      assertThat(run.getString("state")).isEqualTo("done");
      assertThat(run.getLong("fetched")).isEqualTo(1);
      assertThat(run.getLong("bytes")).isPositive();
      anonymous().get("/api/crawls").then().statusCode(200)
          .body("total", greaterThanOrEqualTo(1)).body("items.id", hasItem(id));
      anonymous().get("/api/crawls/" + id + "/failures").then().statusCode(200)
          .body("total", equalTo(0)).body("items.size()", equalTo(0));
    }
  }

  @Test
  void aVerticalRunCrawlsItsSources() {
    admin().body(Map.of("vertical", "nope-vertical")).post("/api/crawls").then().statusCode(404)
        .contentType("application/problem+json").body("detail", containsString("nope-vertical"));
  }

  @Test
  void badBodiesAre400WithAHint() {
    admin().post("/api/crawls").then().statusCode(400).contentType("application/problem+json");
    admin().body(Map.of()).post("/api/crawls").then().statusCode(400).body("detail", containsString("vertical"));
    admin().body(Map.of("vertical", "healthcare", "source", "x")).post("/api/crawls").then().statusCode(400);
    admin().body(Map.of("vertical", "healthcare", "depth", 3)).post("/api/crawls").then().statusCode(400);
    admin().body("{not json").post("/api/crawls").then().statusCode(400);
    admin().body(Map.of("source", "no-such-source")).post("/api/crawls").then().statusCode(404)
        .body("detail", containsString("no-such-source"));
  }

  @Test
  void unknownRunsAre404ProblemsOnEveryMethod() {
    anonymous().get("/api/crawls/nope").then().statusCode(404).contentType("application/problem+json")
        .body("detail", containsString("GET /api/crawls"));
    admin().delete("/api/crawls/nope").then().statusCode(404);
    anonymous().get("/api/crawls/nope/failures").then().statusCode(404);
  }

  @Test
  void startingNeedsAnEditor() {
    anonymous().body(Map.of("vertical", "healthcare")).post("/api/crawls").then().statusCode(401);
    viewer().body(Map.of("vertical", "healthcare")).post("/api/crawls").then().statusCode(403);
  }

  @Test
  void deleteCancelsARunningRunAndAFinishedOneIsAConflict() throws IOException {
    try (FixtureServer web = new FixtureServer().robots("User-agent: *\nCrawl-delay: 1\n")) {
      StringBuilder links = new StringBuilder();
      for (int i = 0; i < 10; i++) {
        links.append("<a href=\"/p").append(i).append("\">p</a>");
        web.page("/p" + i, "<p>" + i + "</p>");
      }
      web.page("/start", "<html><body>" + links + "</body></html>");
      guard.allowOrigin(web.uri("/"));
      String id = Crawls.start(Crawls.source("site", web.base() + "/start", Map.of("maxDepth", 1)));
      admin().body(Map.of("source", admin().get("/api/crawls/" + id).then().extract().path("sources[0]"))).post("/api/crawls")
          .then().statusCode(409).body("detail", containsString(id));
      admin().delete("/api/crawls/" + id).then().statusCode(200).body("state", equalTo("cancelled"));
      long hits = web.hits().size();
      JsonPath run = Crawls.await(id, Duration.ofSeconds(5));
      assertThat(run.getString("state")).isEqualTo("cancelled");
      try {
        Thread.sleep(1500);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      assertThat(web.hits().size()).isLessThanOrEqualTo((int) hits + 1);
      admin().delete("/api/crawls/" + id).then().statusCode(409);
    }
  }

  @Test
  void brokenLinksAreRecordedButDoNotParkTheSource() throws IOException {
    try (FixtureServer web = new FixtureServer()) {
      StringBuilder links = new StringBuilder();
      for (int i = 0; i < 40; i++) links.append("<a href=\"/gone-").append(i).append("\">p</a>");
      web.page("/start", "<html><body>" + links + "<a href=\"/last\">last</a></body></html>");
      web.page("/last", "<html><body><p>Still crawled after forty dead links.</p></body></html>");
      guard.allowOrigin(web.uri("/"));
      String source = Crawls.source("site", web.base() + "/start", Map.of("maxDepth", 1));
      JsonPath run = Crawls.crawl(source);
      assertThat(run.getString("state")).isEqualTo("done");
      assertThat(run.getLong("failed")).isEqualTo(40);
      assertThat(run.getLong("fetched")).isEqualTo(2);
      admin().get("/api/crawls/" + run.getString("id") + "/failures?limit=500").then()
          .body("items.reason", hasItem(containsString("HTTP 404 (a broken link)")))
          .body("items.reason", not(hasItem(containsString("parked"))));
    }
  }

  @Test
  void aUrlOutOfScopeCountsOnceHoweverManyPagesLinkToIt() throws IOException {
    try (FixtureServer web = new FixtureServer()) {
      String elsewhere = "<a href=\"https://elsewhere.example/a\">a</a><a href=\"https://elsewhere.example/b\">b</a>";
      web.page("/start", "<html><body>" + elsewhere + "<a href=\"/one\">1</a><a href=\"/two\">2</a></body></html>");
      web.page("/one", "<html><body><p>One.</p>" + elsewhere + "</body></html>");
      web.page("/two", "<html><body><p>Two.</p>" + elsewhere + "</body></html>");
      guard.allowOrigin(web.uri("/"));
      JsonPath run = Crawls.crawl(Crawls.source("site", web.base() + "/start", Map.of("maxDepth", 1)));
      assertThat(run.getLong("fetched")).isEqualTo(3);
      assertThat(run.getLong("outOfScope")).isEqualTo(2);
    }
  }

  @Test
  void aSourceFailingAgainAndAgainIsParkedWithAReason() throws IOException {
    try (FixtureServer web = new FixtureServer()) {
      StringBuilder links = new StringBuilder();
      for (int i = 0; i < 40; i++) links.append("<a href=\"/broken/p").append(i).append("\">p</a>");
      web.page("/start", "<html><body>" + links + "</body></html>");
      guard.allowOrigin(web.uri("/"));
      String source = Crawls.source("site", web.base() + "/start", Map.of("maxDepth", 1));
      JsonPath run = Crawls.crawl(source);
      assertThat(run.getString("state")).isEqualTo("failed");
      assertThat(run.getString("message")).contains("parked");
      assertThat(run.getLong("failed")).isEqualTo(25); // kb.crawl.park-after-failures, then the rest is dropped
      admin().get("/api/crawls/" + run.getString("id") + "/failures?limit=500").then()
          .body("items.reason", hasItem(containsString("parked")))
          .body("items[0].url", notNullValue());
    }
  }
}
