package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static verticalkb.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A run cut short by a stop resumes from the database: nothing fetched twice, nothing lost. */
@QuarkusTest
class ResumeTest {

  private static final int PAGES = 12;

  @Inject UrlGuard guard;
  @Inject CrawlEngine engine;
  @Inject CrawlService crawls;

  @Test
  void aSuspendedRunResumesWithoutFetchingAnyPageTwice() throws IOException, InterruptedException {
    try (FixtureServer web = new FixtureServer().robots("User-agent: *\nCrawl-delay: 0.2\n")) {
      StringBuilder links = new StringBuilder("<html><body>");
      for (int i = 0; i < PAGES; i++) {
        links.append("<a href=\"/p").append(i).append("\">p").append(i).append("</a>");
        web.page("/p" + i, "<html><head><title>Page " + i + "</title></head><body><p>Page number " + i + ".</p></body></html>");
      }
      web.page("/start", links.append("</body></html>").toString());
      guard.allowOrigin(web.uri("/"));
      String source = Crawls.source("site", web.base() + "/start", Map.of("maxDepth", 1));
      String run = Crawls.start(source);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (web.hits().stream().filter(h -> h.path().startsWith("/p")).count() < 3 && System.nanoTime() < deadline) Thread.sleep(20);

      engine.suspend(run); // what a stop of the process does
      long before = web.hits().size();
      assertThat(admin().get("/api/crawls/" + run).then().extract().<String>path("state")).isEqualTo("running");
      Thread.sleep(500);
      assertThat(web.hits()).hasSize((int) before);

      assertThat(crawls.resumeInterrupted()).isEqualTo(1); // what the next start does
      JsonPath done = Crawls.await(run, Duration.ofSeconds(60));
      assertThat(done.getString("state")).isEqualTo("done");
      assertThat(done.getLong("fetched")).isEqualTo(PAGES + 1);
      Map<String, Long> perPath = web.hits().stream().collect(Collectors.groupingBy(FixtureServer.Hit::path, Collectors.counting()));
      perPath.remove("/robots.txt");
      assertThat(perPath).hasSize(PAGES + 1).allSatisfy((path, n) -> assertThat(n).as(path).isEqualTo(1L));
    }
  }
}
