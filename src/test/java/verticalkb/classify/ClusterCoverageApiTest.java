package verticalkb.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import verticalkb.Api;

/** Coverage (the duplicate cluster's size) as the API shows it on every member, as copies arrive and leave. */
@QuarkusTest
class ClusterCoverageApiTest {

  /** A word unique to this run, so that the search sees only this test's documents. */
  private static final String RUN = "cov" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

  /** How long a change may take to become searchable (kb.index.max-staleness is 1s). */
  private static final long VISIBLE_WITHIN_MS = 10_000;

  /** Seeds the story's words; other tests count their seeds up from 1. */
  private static final long STORY_SEED = 7_700_001L;

  private static String copy(String id, String text) {
    return "{\"id\":\"" + id + "\",\"type\":\"publication\",\"title\":\"Kaiser expands telehealth " + RUN
        + "\",\"text\":\"" + text + "\",\"source\":\"" + id + "\",\"verticals\":[\"healthcare\"]}\n";
  }

  private static void importBatch(String ndjson) {
    Api.admin().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).post("/api/documents")
        .then().statusCode(200);
  }

  private static int storedCoverage(String id) {
    return Api.anonymous().get("/api/documents/" + id).then().statusCode(200).extract().jsonPath().getInt("coverage");
  }

  private static Map<String, Integer> searchedCoverage() {
    Response r = Api.anonymous().queryParam("q", RUN).get("/api/search");
    r.then().statusCode(200);
    List<Map<String, Object>> hits = r.jsonPath().getList("hits");
    Map<String, Integer> out = new java.util.TreeMap<>();
    for (Map<String, Object> h : hits) out.put((String) h.get("id"), h.get("coverage") == null ? null : ((Number) h.get("coverage")).intValue());
    return out;
  }

  /** The search's coverage per hit once it equals {@code expected}, or the last answer when the wait runs out. */
  private static Map<String, Integer> searchedCoverageOnce(Map<String, Integer> expected) throws InterruptedException {
    long until = System.currentTimeMillis() + VISIBLE_WITHIN_MS;
    Map<String, Integer> seen = searchedCoverage();
    while (!seen.equals(expected) && System.currentTimeMillis() < until) {
      Thread.sleep(100);
      seen = searchedCoverage();
    }
    return seen;
  }

  @Test
  void syndicatedCopiesInSeparateBatchesAllReportTheClusterSizeAndShrinkOnDelete() throws InterruptedException {
    String story = DocumentClassifierTest.uniqueStory(STORY_SEED).replace("\n", " ").strip();
    String a = RUN + "-a";
    String b = RUN + "-b";
    String c = RUN + "-c";
    importBatch(copy(a, story));
    importBatch(copy(b, "Reuters - " + story + " Read more on our site."));
    importBatch(copy(c, story + " Copyright the wire service, all rights reserved."));

    for (String id : List.of(a, b, c)) assertThat(storedCoverage(id)).as(id).isEqualTo(3);
    assertThat(searchedCoverageOnce(Map.of(a, 3, b, 3, c, 3))).isEqualTo(Map.of(a, 3, b, 3, c, 3));

    Api.admin().delete("/api/documents/" + b).then().statusCode(204);

    assertThat(storedCoverage(a)).isEqualTo(2);
    assertThat(storedCoverage(c)).isEqualTo(2);
    assertThat(searchedCoverageOnce(Map.of(a, 2, c, 2))).isEqualTo(Map.of(a, 2, c, 2));
  }
}
