package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verticalkb.document.KbDocument;
import verticalkb.index.Analysis;
import verticalkb.index.KbSearcher;
import verticalkb.index.LuceneIndex;
import verticalkb.index.SchemaLoader;

/**
 * A schema that stores the main text without inverting it ({@code index: none, searchedAs: all}, the cheaper-to-index
 * option) and keeps did-you-mean words as documents only: snippets, {@code text:} queries and suggestions still work.
 */
class StoredTextSearchTest {

  @TempDir
  static Path dir;
  private static LuceneIndex index;
  private static Searcher searcher;

  @BeforeAll
  static void buildIndex() throws Exception {
    index = new LuceneIndex(dir.resolve("index"), new Analysis(new SchemaLoader().load(storedOnlyTextConfig(), "schema.yaml")), 1.0, 16);
    index.upsert(List.of(
        doc("p1", "Clinics adopt remote care", "Rural clinics <b>expand</b> telemedicine visits. Payers & hospitals follow the reimbursement rules."),
        doc("p2", "Budget season", "Hospital budgets tighten as telemedicine demand grows.")));
    index.commit();
    index.awaitVisible();
    searcher = new Searcher(index, 20, 10_000, 10_000);
  }

  /** The shipped index-config with the main text stored only. */
  private static Path storedOnlyTextConfig() throws IOException {
    Path config = dir.resolve("config");
    try (Stream<Path> files = Files.walk(Path.of("index-config"))) {
      for (Path f : files.toList()) {
        Path target = config.resolve(Path.of("index-config").relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
    Path schema = config.resolve("schema.yaml");
    String yaml = Files.readString(schema);
    String shipped = "{name: text, type: text, from: [summary, text], analyzer: english, stored: true, highlight: true, searched: false}";
    assertThat(yaml).contains(shipped);
    Files.writeString(schema, yaml.replace(shipped,
        "{name: text, type: text, from: [summary, text], analyzer: english, stored: true, index: none, searchedAs: all}"));
    return config;
  }

  @AfterAll
  static void closeIndex() throws Exception {
    index.close();
  }

  private static KbDocument doc(String id, String title, String text) {
    return new KbDocument(id, null, "publication", title, text, null, null, null, null, null, "s1", List.of("healthcare"), null, null,
        null, null, null, null, null, null, null, null, null);
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(h -> (String) h.get("id")).toList();
  }

  @Test
  void theMainTextIsStoredButNotInvertedAndSpellWordsAreDocumentsOnly() throws Exception {
    KbSearcher s = index.acquire();
    try {
      FieldInfos infos = FieldInfos.getMergedFieldInfos(s.getIndexReader());
      assertThat(infos.fieldInfo("text") == null ? IndexOptions.NONE : infos.fieldInfo("text").getIndexOptions()).isEqualTo(IndexOptions.NONE);
      FieldInfo spell = infos.fieldInfo("spell");
      assertThat(spell.getIndexOptions()).isEqualTo(IndexOptions.DOCS);
      assertThat(spell.omitsNorms()).isTrue();
    } finally {
      index.release(s);
    }
  }

  @Test
  void snippetsMarkQueryWordsFromTheStoredTextAndEscapeHtml() throws Exception {
    String snippet = (String) searcher.search(SearchRequest.of("reimbursement", 10)).hits().getFirst().get("snippet");
    assertThat(snippet).contains("<mark>reimbursement</mark>").contains("&lt;b&gt;expand").doesNotContain("<b>").contains("&amp;");
  }

  @Test
  void snippetsMarkAPhraseFoundThroughItsStems() throws Exception {
    String snippet = (String) searcher.search(SearchRequest.of("\"hospital budget\"", 10)).hits().getFirst().get("snippet");
    assertThat(snippet).startsWith("<mark>Hospital budgets</mark> tighten");
  }

  @Test
  void textFieldQueriesSearchTheCatchAllField() throws Exception {
    assertThat(ids(searcher.search(SearchRequest.of("text:reimbursement", 10)))).containsExactly("p1");
    assertThat(ids(searcher.search(SearchRequest.of("text:\"budgets tighten\"", 10)))).containsExactly("p2");
  }

  @Test
  void aPhraseInTheDocsOnlySpellFieldIsASyntaxErrorNotAFailure() {
    assertThatThrownBy(() -> searcher.search(SearchRequest.of("spell:\"rural clinics\"", 10)))
        .isInstanceOf(QuerySyntax.QuerySyntaxException.class).hasMessageContaining("positions");
  }

  @Test
  void spellWordsAreStillFoundOneByOne() throws Exception {
    assertThat(ids(searcher.search(SearchRequest.of("spell:rural", 10)))).containsExactly("p1");
  }

  @Test
  void didYouMeanSuggestsFromTheDocsOnlySpellField() throws Exception {
    assertThat(searcher.search(SearchRequest.of("reimbursment", 10)).suggestion()).isEqualTo("reimbursement");
  }
}
