package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static verticalkb.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile and broken responses are recorded with a reason, and the crawl goes on to the end. */
@QuarkusTest
class CrawlFailuresTest {

  static FixtureServer web;
  static FixtureServer privateSite;

  @Inject UrlGuard guard;
  @Inject FrontierStore frontier;

  @BeforeAll
  static void serve() throws IOException {
    web = new FixtureServer();
    privateSite = new FixtureServer();
    web.redirectTarget(privateSite.base() + "/demo/");
  }

  @AfterAll
  static void stop() {
    web.close();
    privateSite.close();
  }

  @Test
  void everyTrapIsRecordedWithAReasonAndTheRunFinishes() {
    guard.allowOrigin(web.uri("/"));
    String source = Crawls.source("site", web.base() + "/trap/index.html", Map.of("maxDepth", 1));
    JsonPath run = Crawls.crawl(source);
    assertThat(run.getString("state")).isEqualTo("done");
    Map<String, String> reasons = new java.util.HashMap<>();
    List<Map<String, String>> items = admin().get("/api/crawls/" + run.getString("id") + "/failures?limit=100").then().statusCode(200)
        .extract().jsonPath().getList("items");
    for (Map<String, String> f : items) reasons.merge(f.get("url").replaceAll(".*/trap/", ""), f.get("reason"), (a, b) -> a + " | " + b);
    assertThat(reasons.get("not-found")).contains("HTTP 404");
    assertThat(reasons.get("error")).contains("HTTP 500");
    assertThat(reasons.get("slow")).contains("timeout");
    assertThat(reasons.get("loop-a")).contains("redirect loop");
    assertThat(reasons.get("huge")).contains("body cut at 5242880 bytes");
    assertThat(reasons.get("bomb")).contains("decompression bomb");
    assertThat(reasons.get("bad-charset")).contains("unknown charset 'x-no-such-charset'");
    assertThat(reasons.get("redirect-out")).contains("refused").contains("loopback");
    assertThat(privateSite.hits()).isEmpty();
    assertThat(run.getLong("failed")).isEqualTo(6);
    assertThat(run.getLong("fetched")).isEqualTo(4); // index, ok, huge (cut), bad-charset
    assertThat(frontier.rows(source)).filteredOn(r -> r[0].endsWith("/trap/huge")).singleElement()
        .satisfies(r -> assertThat(r[2]).contains("truncated"));
  }

  @Test
  void tooManyRequestsWithRetryAfterBacksOffThenSucceeds() {
    guard.allowOrigin(web.uri("/"));
    String source = Crawls.source("site", web.base() + "/trap/retry", Map.of("maxDepth", 0));
    JsonPath run = Crawls.crawl(source);
    assertThat(run.getLong("fetched")).isEqualTo(1);
    assertThat(run.getLong("failed")).isZero();
    List<Long> gaps = FixtureServer.gapsMillis(web.hits("/trap/retry"));
    assertThat(gaps).singleElement().satisfies(g -> assertThat(g).isGreaterThanOrEqualTo(950));
  }
}
