package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import verticalkb.document.KbDocument;
import verticalkb.index.KbSearcher;
import verticalkb.index.LuceneIndex;
import verticalkb.index.Schema;
import verticalkb.index.Schema.FieldSpec;

/**
 * The matching-only query the counting pass uses leaves out the fields another field covers (the title, inside the
 * catch-all {@code all}) and matches exactly the documents the ranked query matches.
 */
class QueryFactoryMatchingTest {

  @TempDir
  static Path dir;
  private static LuceneIndex index;
  private static Schema schema;

  @BeforeAll
  static void buildIndex() throws Exception {
    schema = TestIndexes.defaultConfig().schema();
    String[][] titleAndText = {
        {"Telehealth reimbursement rules", "Payers cover remote visits."},
        {"Hospital budgets", "Telehealth reimbursement is growing."},
        {"Digital health summit", "A summit on informatics in Dublin."},
        {"Rules of reimbursement", "Nothing about the other words."},
        {"Informatics careers", "Hospital informatics jobs."},
        {"Quiet title", "Telehealth summit informatics."},
    };
    List<KbDocument> docs = new java.util.ArrayList<>();
    for (int i = 0; i < titleAndText.length; i++) {
      docs.add(new KbDocument("m" + i, null, "publication", titleAndText[i][0], titleAndText[i][1], null, null, Instant.now(), null, null,
          "s", List.of("healthcare"), null, null, null, null, null, null, null, null, null, null, 0.5));
    }
    index = TestIndexes.withDocuments(dir.resolve("index"), docs);
  }

  @AfterAll
  static void closeIndex() throws Exception {
    index.close();
  }

  @Test
  void theCatchAllFieldCoversTheTitleButNotTheOtherWayRound() {
    FieldSpec title = schema.field("title");
    FieldSpec all = schema.field("all");
    assertThat(QueryFactory.covers(all, title)).isTrue();
    assertThat(QueryFactory.covers(title, all)).isFalse();
    assertThat(QueryFactory.covers(all, all)).isFalse();
    assertThat(QueryFactory.covers(all, schema.field("spell"))).isFalse();
  }

  @Test
  void theMatchingQueryOfPlainWordsSearchesOnlyTheCatchAllField() throws Exception {
    QueryFactory.Built built = new QueryFactory(schema).build(QuerySyntax.parse("quiet summit"), index.analysis().queryAnalyzer(null));
    assertThat(built.query().toString()).contains("title:");
    assertThat(built.matching().toString()).doesNotContain("title:").contains("all:quiet");
  }

  @ParameterizedTest
  @ValueSource(strings = {"telehealth", "reimbursement rules", "\"reimbursement rules\"", "informat*", "hospital -telehealth",
      "summit OR budgets", "rules title:hospital", "quiet", "dublin informatics telehealth reimbursement"})
  void theMatchingQueryMatchesTheSameDocumentsWithoutTheTitleField(String q) throws Exception {
    QueryFactory.Built built = new QueryFactory(schema).build(QuerySyntax.parse(q), index.analysis().queryAnalyzer(null));
    KbSearcher s = index.acquire();
    try {
      int ranked = s.count(built.query());
      assertThat(ranked).isPositive();
      assertThat(s.count(built.matching())).isEqualTo(ranked);
    } finally {
      index.release(s);
    }
  }
}
