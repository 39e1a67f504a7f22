package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import verticalkb.document.KbDocument;
import verticalkb.index.KbSearcher;
import verticalkb.index.LuceneIndex;

/**
 * Facet counts tallied while matches are collected ({@link FacetTally}, through {@link BoundedMatches}) equal what
 * Lucene's {@link SortedSetDocValuesFacetCounts} counts over a {@link FacetsCollector} of the same first matches: same
 * values, same counts, same order (ties to the smaller value), on an index of several segments, at every bound.
 */
class FacetTallyTest {

  private static final List<String> FACETS = List.of("type", "vertical", "topic", "source", "region", "month");
  private static final int TOP = 4;

  @TempDir
  static Path dir;
  private static LuceneIndex index;

  @BeforeAll
  static void buildSegments() throws Exception {
    Random random = new Random(11);
    Instant now = Instant.parse("2026-06-01T00:00:00Z");
    List<KbDocument> batch = new ArrayList<>();
    for (int i = 0; i < 900; i++) {
      String type = List.of("publication", "event", "page").get(random.nextInt(3));
      List<String> verticals = random.nextInt(4) == 0 ? List.of("healthcare", "fintech") : List.of(random.nextBoolean() ? "healthcare" : "fintech");
      List<String> topics = new ArrayList<>();
      for (int t = random.nextInt(4); t > 0; t--) topics.add("topic" + random.nextInt(12));
      // Later segments bring values the earlier ones lack, so segment and global ordinals differ.
      String source = "s" + random.nextInt(3 + i / 150);
      String text = "common " + (i % 2 == 0 ? "even" : "odd") + (i % 7 == 0 ? " seventh" : "") + ".";
      batch.add(new KbDocument("d" + i, null, type, "doc " + i, text, null, null, now.minus(random.nextInt(700), ChronoUnit.DAYS), null, null,
          source, verticals, topics, null, null, null, null, null, null, null, null, null, 0.5));
      if (batch.size() == 300) {
        if (index == null) {
          index = TestIndexes.withDocuments(dir.resolve("index"), batch);
        } else {
          index.upsert(batch);
          index.commit();
          index.awaitVisible();
        }
        batch = new ArrayList<>();
      }
    }
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 150, 299, 300, 301, 450, 899, 900, 10_000})
  void tallyCountsWhatTheFacetModuleCountsOverTheSameFirstMatches(int limit) throws Exception {
    KbSearcher s = index.acquire();
    try {
      assertThat(s.getIndexReader().leaves()).hasSizeGreaterThan(1);
      for (Query q : List.of(new MatchAllDocsQuery(), new TermQuery(new Term("all", "even")), new TermQuery(new Term("all", "seventh")),
          new TermQuery(new Term("type", "event")))) {
        BoundedMatches.Result tallied = s.search(q, new BoundedMatches(limit, s.facetState()));
        Map<String, Map<String, Long>> expected = reference(s, s.search(q, new FirstMatches(limit)));
        assertThat(tallied.facets().top(FACETS, TOP)).as(q + " within " + limit).isEqualTo(expected);
        assertThat(new ArrayList<>(tallied.facets().top(FACETS, TOP).get("topic").keySet()))
            .isEqualTo(new ArrayList<>(expected.get("topic").keySet()));
      }
    } finally {
      index.release(s);
    }
  }

  private static Map<String, Map<String, Long>> reference(KbSearcher s, FacetsCollector fc) throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s.facetState(), fc);
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : FACETS) {
      Map<String, Long> values = new LinkedHashMap<>();
      FacetResult fr;
      try {
        fr = counts.getTopChildren(TOP, dim);
      } catch (IllegalArgumentException e) {
        fr = null;
      }
      if (fr != null) for (LabelAndValue lv : fr.labelValues) values.put(lv.label, lv.value.longValue());
      out.put(dim, values);
    }
    return out;
  }

  /** The first {@code limit} matches in index order, every segment with its entry (as the facet module needs). */
  private record FirstMatches(int limit) implements CollectorManager<FacetsCollector, FacetsCollector> {
    @Override
    public FacetsCollector newCollector() {
      return new FacetsCollector(false) {
        private int kept;

        @Override
        public void collect(int doc) throws IOException {
          if (kept++ >= limit) throw new CollectionTerminatedException();
          super.collect(doc);
        }

        @Override
        public ScoreMode scoreMode() {
          return ScoreMode.COMPLETE_NO_SCORES;
        }
      };
    }

    @Override
    public FacetsCollector reduce(Collection<FacetsCollector> collectors) throws IOException {
      return new FacetsCollectorManager(false).reduce(collectors);
    }
  }
}
