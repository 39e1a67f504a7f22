package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verticalkb.document.KbDocument;
import verticalkb.index.KbSearcher;
import verticalkb.index.LuceneIndex;

/** RankedQuery scores as FunctionScoreQuery does, and its top hits with skipping equal the exhaustive ones. */
class RankedQueryTest {

  private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta");

  @TempDir
  static Path dir;
  private static LuceneIndex index;

  @BeforeAll
  static void buildIndex() throws Exception {
    Random random = new Random(11);
    List<KbDocument> docs = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 3 + random.nextInt(30); w++) text.append(WORDS.get(random.nextInt(WORDS.size()))).append(' ');
      docs.add(new KbDocument("d" + i, null, "publication", "doc", text.toString(), null, null,
          Instant.now().minus(random.nextInt(3000), ChronoUnit.DAYS), null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, random.nextBoolean() ? random.nextDouble() : null));
    }
    index = TestIndexes.withDocuments(dir.resolve("index"), docs);
  }

  @AfterAll
  static void closeIndex() throws Exception {
    index.close();
  }

  private static Query text() {
    return new BooleanQuery.Builder().add(new TermQuery(new Term("all", "alpha")), Occur.SHOULD)
        .add(new TermQuery(new Term("all", "delta")), Occur.SHOULD).build();
  }

  private static RankSignals signals() {
    return new RankSignals(0.5, 365, "authority", 0.3, 1_800_000_000_000L);
  }

  @Test
  void scoresAreTheTextScoreTimesTheSignalsAsFunctionScoreQueryGivesThem() throws Exception {
    KbSearcher s = index.acquire();
    try {
      TopDocs ranked = s.search(new RankedQuery(text(), signals()), 50);
      TopDocs function = s.search(FunctionScoreQuery.boostByValue(text(), signals()), 50);
      assertThat(docs(ranked)).isEqualTo(docs(function));
      assertThat(scores(ranked)).containsExactly(scores(function));
    } finally {
      index.release(s);
    }
  }

  @Test
  void skippingFindsTheSameTopHitsAsScoringEveryMatch() throws Exception {
    KbSearcher s = index.acquire();
    try {
      TopDocs skipping = s.search(new RankedQuery(text(), signals()), new TopScoreDocCollectorManager(10, 10));
      TopDocs exhaustive = s.search(new RankedQuery(text(), signals()), new TopScoreDocCollectorManager(10, Integer.MAX_VALUE));
      assertThat(docs(skipping)).isEqualTo(docs(exhaustive));
      assertThat(skipping.totalHits.value()).isLessThanOrEqualTo(exhaustive.totalHits.value());
    } finally {
      index.release(s);
    }
  }

  private static List<Integer> docs(TopDocs td) {
    return Arrays.stream(td.scoreDocs).map(sd -> sd.doc).toList();
  }

  private static float[] scores(TopDocs td) {
    float[] out = new float[td.scoreDocs.length];
    int i = 0;
    for (ScoreDoc sd : td.scoreDocs) out[i++] = sd.score;
    return out;
  }
}
