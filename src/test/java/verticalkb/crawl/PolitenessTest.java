package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Politeness measured from the server's own request timestamps. */
@QuarkusTest
class PolitenessTest {

  @org.junit.jupiter.api.AfterAll
  static void forget() {
    Crawls.forgetDocuments();
  }


  @Inject UrlGuard guard;

  private static String linked(int n) {
    StringBuilder b = new StringBuilder("<html><body>");
    for (int i = 0; i < n; i++) b.append("<a href=\"/p").append(i).append("\">p").append(i).append("</a>");
    return b.append("</body></html>").toString();
  }

  @Test
  void robotsCrawlDelayIsKeptBetweenRequestsAndDisallowedPagesAreNeverFetched() throws IOException {
    try (FixtureServer web = new FixtureServer().robots("User-agent: *\nCrawl-delay: 1\nDisallow: /p2\n")) {
      web.page("/start", linked(4));
      for (int i = 0; i < 4; i++) web.page("/p" + i, "<html><body><p>page " + i + "</p></body></html>");
      guard.allowOrigin(web.uri("/"));
      JsonPath run = Crawls.crawl(Crawls.source("site", web.base() + "/start", Map.of("maxDepth", 1)));
      assertThat(run.getLong("robotsDenied")).isEqualTo(1);
      assertThat(web.count("/p2")).isZero();
      List<FixtureServer.Hit> hits = web.hits();
      assertThat(hits).hasSize(5); // robots.txt, /start, /p0, /p1, /p3
      assertThat(FixtureServer.gapsMillis(hits)).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(950));
    }
  }

  @Test
  void defaultDelayIsKeptWhenRobotsAsksForNothing() throws IOException {
    try (FixtureServer web = new FixtureServer().robots("User-agent: *\nAllow: /\n")) {
      web.page("/start", linked(5));
      for (int i = 0; i < 5; i++) web.page("/p" + i, "<html><body><p>page " + i + "</p></body></html>");
      guard.allowOrigin(web.uri("/"));
      Crawls.crawl(Crawls.source("site", web.base() + "/start", Map.of("maxDepth", 1)));
      assertThat(web.hits()).hasSize(7);
      // %test.kb.crawl.default-delay=100ms
      assertThat(FixtureServer.gapsMillis(web.hits())).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(95));
    }
  }

  @Test
  void twoHostsAreCrawledInParallelEachAtItsOwnPace() throws IOException {
    try (FixtureServer a = new FixtureServer().robots("User-agent: *\nCrawl-delay: 1\n");
        FixtureServer b = new FixtureServer().robots("User-agent: *\nCrawl-delay: 1\n")) {
      for (FixtureServer s : List.of(a, b)) {
        s.page("/start", linked(2));
        s.page("/p0", "<p>0</p>");
        s.page("/p1", "<p>1</p>");
        guard.allowOrigin(s.uri("/"));
      }
      String sa = Crawls.source("site", a.base() + "/start", Map.of("maxDepth", 1));
      String sb = Crawls.source("site", b.base() + "/start", Map.of("maxDepth", 1));
      String ra = Crawls.start(sa);
      String rb = Crawls.start(sb);
      Crawls.await(ra, java.time.Duration.ofSeconds(30));
      Crawls.await(rb, java.time.Duration.ofSeconds(30));
      assertThat(a.hits()).hasSize(4);
      assertThat(b.hits()).hasSize(4);
      // In parallel, each host's requests fall inside the other's window (in sequence, one would end before the other began).
      assertThat(b.hits().get(0).nanos()).isLessThan(a.hits().get(3).nanos());
      assertThat(a.hits().get(0).nanos()).isLessThan(b.hits().get(3).nanos());
      assertThat(FixtureServer.gapsMillis(a.hits())).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(950));
      assertThat(FixtureServer.gapsMillis(b.hits())).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(950));
    }
  }
}
