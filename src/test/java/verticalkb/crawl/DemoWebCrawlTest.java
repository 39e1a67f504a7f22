package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static verticalkb.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;

/** Crawls the demo web through a real loopback HTTP server: robots.txt, feeds, documents, archive, 304s. */
@QuarkusTest
class DemoWebCrawlTest {

  static FixtureServer web;

  @Inject UrlGuard guard;
  @Inject Documents documents;
  @Inject WarcArchive archive;
  @Inject FrontierStore frontier;

  @BeforeAll
  static void serve() throws IOException {
    web = new FixtureServer();
  }

  @AfterAll
  static void stop() {
    web.close();
  }

  private String allowed(String path) {
    guard.allowOrigin(web.uri("/"));
    return web.base() + path;
  }

  @Test
  void siteCrawlObeysRobotsDisallowAndRecordsIt() {
    String source = Crawls.source("site", allowed("/demo/"), Map.of("maxDepth", 1));
    JsonPath run = Crawls.crawl(source);
    assertThat(run.getString("state")).isEqualTo("done");
    assertThat(run.getLong("robotsDenied")).isGreaterThanOrEqualTo(1);
    assertThat(web.count("/demo/members/")).isZero();
    assertThat(frontier.rows(source)).anySatisfy(r -> {
      assertThat(r[0]).endsWith("/demo/members/");
      assertThat(r[1]).isEqualTo("denied");
    });
  }

  @Test
  void fullTextFeedEntriesBecomePublicationsWithoutFetchingTheirPages() {
    String source = Crawls.source("feed", allowed("/demo/healthit-weekly/feed.xml"), Map.of("maxDepth", 1));
    JsonPath run = Crawls.crawl(source);
    assertThat(run.getLong("documents")).isGreaterThanOrEqualTo(16);
    assertThat(web.hits().stream().filter(h -> h.path().startsWith("/demo/healthit-weekly/articles/"))).isEmpty();
    String url = web.base() + "/demo/healthit-weekly/articles/2026-03-opinion-shared-care-record.html";
    KbDocument d = documents.get(Urls.documentId(Urls.normalise(url))).orElseThrow();
    assertThat(d.type()).isEqualTo("publication");
    assertThat(d.authors()).containsExactly("Aoife Brennan");
    assertThat(d.verticals()).containsExactly(Crawls.VERTICAL);
    assertThat(d.source()).isEqualTo(source);
  }

  @Test
  void summaryFeedEntriesGetTheirArticlePagesFetchedAndStoredOnce() {
    String source = Crawls.source("feed", allowed("/demo/payer-review/atom.xml"), Map.of("maxDepth", 1));
    JsonPath run = Crawls.crawl(source);
    assertThat(run.getLong("fetched")).isGreaterThanOrEqualTo(17);
    assertThat(run.getLong("failed")).isZero();
    List<String> articlePaths = web.hits().stream().map(FixtureServer.Hit::path)
        .filter(p -> p.startsWith("/demo/payer-review/articles/")).toList();
    assertThat(articlePaths).hasSizeGreaterThanOrEqualTo(16).doesNotHaveDuplicates();
    String url = web.base() + "/demo/payer-review/articles/2026-05-value-based-contracts-midwest.html";
    KbDocument d = documents.get(Urls.documentId(Urls.normalise(url))).orElseThrow();
    assertThat(d.type()).isEqualTo("publication");
    assertThat(d.title()).contains("Value-based contracts");
    assertThat(d.text()).contains("Lakeshore Medical Group");
  }

  @Test
  void recrawlSendsValidatorsAndGets304WithoutReindexing() {
    String source = Crawls.source("events", allowed("/demo/events/"), Map.of("maxDepth", 1));
    JsonPath first = Crawls.crawl(source);
    assertThat(first.getLong("fetched")).isGreaterThanOrEqualTo(7);
    JsonPath second = Crawls.crawl(source);
    assertThat(second.getLong("notModified")).isEqualTo(first.getLong("fetched"));
    assertThat(second.getLong("fetched")).isZero();
    assertThat(second.getLong("documents")).isZero();
    assertThat(web.hits("/demo/events/")).last().satisfies(h -> assertThat(h.ifNoneMatch()).isNotBlank());
  }

  @Test
  void everyResponseIsArchivedAsWarcRequestAndResponseReadableByJwarc() throws IOException {
    String source = Crawls.source("experts", allowed("/demo/experts/"), Map.of("maxDepth", 1));
    Crawls.crawl(source);
    List<String> responses = new ArrayList<>();
    List<String> requests = new CopyOnWriteArrayList<>();
    for (Path f : archive.files()) {
      try (WarcReader r = new WarcReader(f)) {
        for (WarcRecord rec : r) {
          if (rec instanceof WarcResponse resp && source.equals(resp.headers().first(WarcArchive.SOURCE_HEADER).orElse(null))) {
            assertThat(resp.http().status()).isEqualTo(200);
            responses.add(resp.target());
          } else if (rec instanceof WarcRequest req) {
            requests.add(req.target());
          }
        }
      }
    }
    assertThat(responses).hasSizeGreaterThanOrEqualTo(9).anyMatch(u -> u.endsWith("/demo/experts/aoife-brennan.html"));
    assertThat(requests).containsAll(responses);
  }

  @Test
  void reprocessRebuildsDocumentsFromTheArchiveWithoutTheNetwork() {
    String source = Crawls.source("experts", allowed("/demo/experts/"), Map.of("maxDepth", 1));
    Crawls.crawl(source);
    String id = Urls.documentId(Urls.normalise(web.base() + "/demo/experts/priya-raman.html"));
    documents.delete(List.of(id));
    web.clearHits();
    admin().post("/api/reprocess?vertical=" + Crawls.VERTICAL).then().statusCode(200);
    assertThat(web.hits()).isEmpty();
    assertThat(documents.get(id)).isPresent().get().satisfies(d -> assertThat(d.title()).contains("Priya Raman"));
  }
}
