package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verticalkb.document.KbDocument;
import verticalkb.index.KbSearcher;
import verticalkb.index.LuceneIndex;
import verticalkb.index.Schema;
import verticalkb.index.Schema.FieldSpec;

/** The hits read field by field from the stored values are those Lucene's whole stored Document gives, key order included. */
class PageDocumentsTest {

  @TempDir
  Path dir;

  @Test
  void hitsMatchTheStoredDocumentInSchemaOrder() throws Exception {
    Instant published = Instant.parse("2026-03-04T05:06:07.089Z");
    KbDocument event = new KbDocument("e1", "https://ex.example/e1", KbDocument.Types.EVENT, "Forum on care", "Body of the forum.",
        "The summary.", List.of("A. Author"), published, null, "en", "src-1", List.of("healthcare", "banking"), List.of("care", "ai", "data"),
        null, new KbDocument.Place("Hall", "Dublin", "Leinster", "IE", 53.35, -6.26),
        new KbDocument.Event(Instant.parse("2026-05-01T09:00:00Z"), Instant.parse("2026-05-02T17:00:00Z"), "Europe/Dublin", "Hall", false, null, null),
        null, null, null, null, null, 3, 0.5);
    KbDocument bare = new KbDocument("p1", null, KbDocument.Types.PUBLICATION, "Bare", "Only text.", null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null);
    try (LuceneIndex index = TestIndexes.withDocuments(dir, List.of(event, bare))) {
      Schema schema = index.analysis().config().schema();
      KbSearcher s = index.acquire();
      try {
        int[] docs = {docId(s, "e1"), docId(s, "p1")};
        PageDocuments.Page page = new PageDocuments(schema, "text", Snippets.MAX_CHARS).read(s.storedFields(), docs, true);
        for (int i = 0; i < docs.length; i++) {
          Map<String, Object> expected = fromDocument(schema, s.storedFields(), docs[i]);
          assertThat(page.hits().get(i)).isEqualTo(expected);
          assertThat(List.copyOf(page.hits().get(i).keySet())).isEqualTo(List.copyOf(expected.keySet()));
        }
        Map<String, Object> hit = page.hits().getFirst();
        assertThat(hit).containsEntry("published", "2026-03-04T05:06:07.089Z").containsEntry("coverage", 3.0)
            .containsEntry("vertical", List.of("healthcare", "banking")).containsEntry("location", Map.of("lat", 53.35, "lon", -6.26))
            .doesNotContainKey("text");
        // The snippet text is the stored main text (summary and text), read in the same visit as the hit fields.
        assertThat(page.texts()[0]).isEqualTo(s.storedFields().document(docs[0]).get("text")).contains("The summary.", "Body of the forum.");
        assertThat(page.texts()[1]).isEqualTo("Only text.");
        assertThat(new PageDocuments(schema, "text", Snippets.MAX_CHARS).read(s.storedFields(), docs, false).texts()).containsOnlyNulls();
      } finally {
        index.release(s);
      }
    }
  }

  private static int docId(KbSearcher s, String id) throws Exception {
    return s.search(new TermQuery(new Term("id", id)), 1).scoreDocs[0].doc;
  }

  /** The hit as PageDocuments built it before it read fields one by one: from Lucene's stored Document. */
  private static Map<String, Object> fromDocument(Schema schema, StoredFields stored, int doc) throws Exception {
    Document d = stored.document(doc);
    Map<String, Object> hit = new LinkedHashMap<>();
    for (FieldSpec f : schema.fields()) {
      if (!f.isStored() || f.name().equals("text")) continue;
      IndexableField[] values = d.getFields(f.name());
      if (values.length == 0) continue;
      if (f.isMultiValued()) {
        List<String> list = new ArrayList<>();
        for (IndexableField v : values) list.add(v.stringValue());
        hit.put(f.name(), list);
        continue;
      }
      IndexableField v = values[0];
      hit.put(f.name(), switch (f.type()) {
        case date -> Instant.ofEpochMilli(v.numericValue().longValue()).toString();
        case number -> v.numericValue();
        case geo -> {
          String[] ll = v.stringValue().split(",");
          yield Map.of("lat", Double.parseDouble(ll[0]), "lon", Double.parseDouble(ll[1]));
        }
        default -> v.stringValue();
      });
    }
    return hit;
  }
}
