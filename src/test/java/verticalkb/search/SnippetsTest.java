package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import verticalkb.document.KbDocument;
import verticalkb.index.KbSearcher;
import verticalkb.index.LuceneIndex;

/** Snippets from the page's one stored-fields read are those the stock highlighter makes by reading the texts itself. */
class SnippetsTest {

  private static final String LONG = "Rural hospitals face budget cuts this year. ".repeat(300) + "Telehealth keeps clinics open.";

  @TempDir
  static Path dir;
  private static LuceneIndex index;

  @BeforeAll
  static void buildIndex() throws Exception {
    List<KbDocument> docs = new ArrayList<>();
    docs.add(doc("a", "Telehealth reimbursement", null, "Payers changed telehealth reimbursement. Clinics <b>cheer</b> & wait. Rural hospitals too."));
    docs.add(doc("b", "Hospital budgets", "A summary about rural hospitals.", "Budgets of rural hospitals shrink. Telehealth helps a little."));
    docs.add(doc("c", "A long report", null, LONG));
    docs.add(doc("d", "Nothing relevant", null, "no sentence ends here and nothing capitalised either just words"));
    docs.add(doc("e", "Lower case", null, "lower case words with no sentence end ".repeat(40) + "then telehealth " + "and more words ".repeat(100)));
    index = TestIndexes.withDocuments(dir.resolve("index"), docs);
  }

  @AfterAll
  static void closeIndex() throws Exception {
    index.close();
  }

  private static KbDocument doc(String id, String title, String summary, String text) {
    return new KbDocument(id, null, "publication", title, text, summary, null, null, null, null, "s1", List.of("healthcare"), null, null,
        null, null, null, null, null, null, null, null, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"telehealth", "rural hospitals", "\"rural hospitals\" budget", "telehea*", "cheer OR clinics", "words"})
  void snippetsAreByteIdenticalToTheStockHighlighters(String q) throws Exception {
    Snippets snippets = snippets();
    Query query = new QueryFactory(index.analysis().config().schema()).build(QuerySyntax.parse(q), index.analysis().queryAnalyzer(null)).query();
    KbSearcher s = index.acquire();
    try {
      ScoreDoc[] all = s.search(new org.apache.lucene.search.MatchAllDocsQuery(), 10).scoreDocs;
      int[] docs = java.util.Arrays.stream(all).mapToInt(sd -> sd.doc).toArray();
      String[] texts = pages().read(s.storedFields(), docs, true).texts();
      UnifiedHighlighter stock = snippets.configure(UnifiedHighlighter.builder(s, index.analysis().indexAnalyzer()), Searcher.hasPositions(query)).build();
      String[] expected = stock.highlight("text", query, new TopDocs(new org.apache.lucene.search.TotalHits(all.length,
          org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), all), 1);
      assertThat(snippets.highlight(s, query, docs, texts)).containsExactly(expected);
    } finally {
      index.release(s);
    }
  }

  @Test
  void aPageReadsEachHitsStoredDocumentOnce() throws Exception {
    KbSearcher s = index.acquire();
    try {
      CountingStoredFields stored = new CountingStoredFields(s.storedFields());
      PageDocuments.Page page = pages().read(stored, new int[] {2, 0, 1}, true);
      assertThat(stored.reads).isEqualTo(3);
      assertThat(page.hits()).extracting(h -> h.get("id")).containsExactly("c", "a", "b");
      assertThat(page.texts()[2]).isEqualTo("A summary about rural hospitals.\nBudgets of rural hospitals shrink. Telehealth helps a little.");
      assertThat(page.texts()[0]).hasSize(Snippets.MAX_CHARS);
    } finally {
      index.release(s);
    }
  }

  @Test
  void aTextWithoutSentenceEndsGivesASnippetNearTheLengthGoalNotTheWholeText() throws Exception {
    Query query = new QueryFactory(index.analysis().config().schema()).build(QuerySyntax.parse("telehealth"), index.analysis().queryAnalyzer(null)).query();
    KbSearcher s = index.acquire();
    try {
      int doc = s.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("id", "e")), 1).scoreDocs[0].doc;
      String snippet = snippets().highlight(s, query, new int[] {doc}, pages().read(s.storedFields(), new int[] {doc}, true).texts())[0];
      assertThat(snippet).contains("<mark>telehealth</mark>").hasSizeBetween(100, 2 * 200 + "<mark></mark>".length());
    } finally {
      index.release(s);
    }
  }

  private static Snippets snippets() throws IOException {
    return new Snippets("text", 200, index.analysis().indexAnalyzer(), Set.of("title", "text", "all"));
  }

  private static PageDocuments pages() {
    return new PageDocuments(index.analysis().config().schema(), "text", Snippets.MAX_CHARS);
  }

  /** Counts document reads, passing them on. */
  private static final class CountingStoredFields extends StoredFields {
    private final StoredFields in;
    private int reads;

    CountingStoredFields(StoredFields in) {
      this.in = in;
    }

    @Override
    public void document(int docID, StoredFieldVisitor visitor) throws IOException {
      reads++;
      in.document(docID, visitor);
    }
  }
}
