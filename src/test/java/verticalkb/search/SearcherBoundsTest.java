package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import verticalkb.document.KbDocument;
import verticalkb.index.LuceneIndex;

/**
 * Bounded counting ({@code kb.search.track-total-hits}) and skipping with rank boosts: totals and facets past the
 * bound are lower bounds, and the top hits found while skipping are the ones an exhaustive search finds.
 */
class SearcherBoundsTest {

  private static final int DOCS = 600;
  private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "theta", "kappa");

  @TempDir
  static Path dir;
  private static LuceneIndex index;

  @BeforeAll
  static void buildIndex() throws Exception {
    Random random = new Random(7);
    Instant now = Instant.now();
    List<KbDocument> docs = new ArrayList<>();
    for (int i = 0; i < DOCS; i++) {
      StringBuilder text = new StringBuilder("common");
      int words = 5 + random.nextInt(40);
      for (int w = 0; w < words; w++) text.append(' ').append(WORDS.get(Math.min(WORDS.size() - 1, (int) Math.abs(random.nextGaussian() * 3))));
      String type = i % 3 == 0 ? "page" : "publication";
      Instant published = now.minus(random.nextInt(2000), ChronoUnit.DAYS);
      docs.add(new KbDocument("d" + i, null, type, "doc " + i, text + ".", null, null, published, null, null, "s" + (i % 5),
          List.of("healthcare"), null, null, null, null, null, null, null, null, null, null, random.nextDouble()));
    }
    index = TestIndexes.withDocuments(dir.resolve("index"), docs);
  }

  @AfterAll
  static void closeIndex() throws Exception {
    index.close();
  }

  private static SearchRequest request(String q, int size) {
    return new SearchRequest(q, null, List.of(), List.of(), List.of(), null, null, false, null, 0, SearchRequest.Sort.relevance, 1, size, null, true);
  }

  @Test
  void countsPastTheBoundAreALowerBoundAndSoAreFacets() throws Exception {
    SearchResult r = new Searcher(index, 20, 10_000, 100).search(request("common", 10));
    assertThat(r.totalRelation()).isEqualTo(SearchResult.LOWER_BOUND);
    assertThat(r.total()).isGreaterThanOrEqualTo(100).isLessThanOrEqualTo(DOCS);
    assertThat(r.facets().get("type").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(100);
  }

  @Test
  void hitsOfARelevanceSearchCarryTheirScore() throws Exception {
    SearchResult r = new Searcher(index, 20, 10_000, 100).search(request("alpha", 5));
    assertThat(r.hits()).isNotEmpty().allSatisfy(h -> assertThat((Float) h.get("score")).isPositive());
  }

  @Test
  void countsWithinTheBoundAreExact() throws Exception {
    SearchResult r = new Searcher(index, 20, 10_000, DOCS).search(request("common", 10));
    assertThat(r.totalRelation()).isEqualTo(SearchResult.EXACT);
    assertThat(r.total()).isEqualTo(DOCS);
    assertThat(r.facets().get("type")).isEqualTo(Map.of("publication", 400L, "page", 200L));
  }

  @ParameterizedTest
  @ValueSource(strings = {"alpha", "kappa theta", "zeta OR epsilon", "common delta kappa", "\"gamma delta\" theta"})
  void skippingWithBoostsFindsTheSameTopHitsAsScoringEverything(String q) throws Exception {
    SearchResult skipping = new Searcher(index, 20, 10_000, 1).search(request(q, 20));
    SearchResult exhaustive = new Searcher(index, 20, 10_000).search(request(q, 20));
    assertThat(ids(skipping)).isEqualTo(ids(exhaustive)).isNotEmpty();
    assertSameScores(skipping, exhaustive);
  }

  @ParameterizedTest
  @ValueSource(strings = {"alpha", "kappa theta", "common delta kappa"})
  void skippingWithAFilterFindsTheSameTopHitsAsScoringEverything(String q) throws Exception {
    SearchRequest filtered = new SearchRequest(q, null, List.of("page"), List.of(), List.of(), null, null, false, null, 0,
        SearchRequest.Sort.relevance, 1, 20, null, true);
    SearchResult skipping = new Searcher(index, 20, 10_000, 1).search(filtered);
    SearchResult exhaustive = new Searcher(index, 20, 10_000).search(filtered);
    assertThat(ids(skipping)).isEqualTo(ids(exhaustive)).isNotEmpty();
    assertSameScores(skipping, exhaustive);
    assertThat(skipping.hits()).allSatisfy(h -> assertThat(h.get("type")).isEqualTo("page"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100, 250, DOCS})
  void totalsAndFacetsAreTheSameWhicheverWayHitsAreSorted(int bound) throws Exception {
    Searcher searcher = new Searcher(index, 20, 10_000, bound);
    SearchResult ranked = searcher.search(request("common alpha", 10));
    SearchResult byDate = searcher.search(new SearchRequest("common alpha", null, List.of(), List.of(), List.of(), null, null, false, null, 0,
        SearchRequest.Sort.newest, 1, 10, null, true));
    assertThat(ranked.facets()).isEqualTo(byDate.facets());
    assertThat(ranked.total()).isEqualTo(byDate.total()).isEqualTo(Math.min(bound, DOCS));
    assertThat(ranked.totalRelation()).isEqualTo(byDate.totalRelation())
        .isEqualTo(bound >= DOCS ? SearchResult.EXACT : SearchResult.LOWER_BOUND);
    assertThat(ranked.facets().get("type").values().stream().mapToLong(Long::longValue).sum()).isEqualTo(Math.min(bound, DOCS));
  }

  @Test
  void aBoundOfExactlyTheMatchCountIsStillExact() throws Exception {
    SearchResult r = new Searcher(index, 20, 10_000, DOCS).search(request("common", 10));
    SearchResult past = new Searcher(index, 20, 10_000, DOCS - 1).search(request("common", 10));
    assertThat(r.totalRelation()).isEqualTo(SearchResult.EXACT);
    assertThat(past.totalRelation()).isEqualTo(SearchResult.LOWER_BOUND);
    assertThat(past.total()).isEqualTo(DOCS - 1);
  }

  @Test
  void facetsCountedWithinTheFirstOfSeveralSegmentsNameThatSegmentsValues(@TempDir Path twoSegments) throws Exception {
    List<KbDocument> first = new ArrayList<>();
    List<KbDocument> second = new ArrayList<>();
    for (int i = 0; i < 40; i++) first.add(document("first" + i, "page", "early-source"));
    for (int i = 0; i < 60; i++) second.add(document("second" + i, "publication", "late-source"));
    try (LuceneIndex segmented = TestIndexes.withDocuments(twoSegments, first)) {
      segmented.upsert(second);
      segmented.commit();
      segmented.awaitVisible();
      SearchResult r = new Searcher(segmented, 20, 10_000, 10).search(request("common", 10));
      assertThat(r.totalRelation()).isEqualTo(SearchResult.LOWER_BOUND);
      assertThat(r.facets().get("type")).isEqualTo(Map.of("page", 10L));
      assertThat(r.facets().get("source")).isEqualTo(Map.of("early-source", 10L));
    }
  }

  private static KbDocument document(String id, String type, String source) {
    return new KbDocument(id, null, type, "doc " + id, "common words.", null, null, Instant.now(), null, null, source,
        List.of("healthcare"), null, null, null, null, null, null, null, null, null, null, 0.5);
  }

  private static List<Object> ids(SearchResult r) {
    return r.hits().stream().map(h -> h.get("id")).toList();
  }

  /**
   * The two collectors add a hit's clause scores in different orders, so a score may differ in its last bit
   * (1.30427 against 1.3042701); anything more than float rounding is a real difference.
   */
  private static void assertSameScores(SearchResult actual, SearchResult expected) {
    List<Float> got = scores(actual);
    List<Float> want = scores(expected);
    assertThat(got).hasSameSizeAs(want);
    for (int i = 0; i < want.size(); i++) {
      assertThat(got.get(i)).as("score of hit %d", i).isCloseTo(want.get(i), withPercentage(1e-4));
    }
  }

  private static List<Float> scores(SearchResult r) {
    return r.hits().stream().map(h -> (Float) h.get("score")).toList();
  }
}
