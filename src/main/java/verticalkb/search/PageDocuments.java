package verticalkb.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import verticalkb.index.Schema;
import verticalkb.index.Schema.FieldSpec;

/**
 * Reads the stored fields of a page of hits, one visit per document: the fields a hit shows and, when asked, the text
 * its snippet is cut from. Each visit decompresses the document's block, so the snippet text is not read a second time
 * by the highlighter ({@link Snippets} takes it from here). Thread-safe: each read has its own visitors.
 */
final class PageDocuments {

  /** The hits (stored fields by schema order) and, parallel to them, the snippet texts (null where a hit has none). */
  record Page(List<Map<String, Object>> hits, String[] texts) {}

  private final List<FieldSpec> hitFields;
  /** Names of {@link #hitFields}: hits load only these and the snippet text, never the other long fields. */
  private final Set<String> hitFieldNames;
  private final String snippetField;
  private final int maxSnippetChars;

  /** Hits show every stored field of the schema except {@code snippetField}, whose text feeds the snippet instead. */
  PageDocuments(Schema schema, String snippetField, int maxSnippetChars) {
    this.hitFields = schema.fields().stream().filter(FieldSpec::isStored).filter(f -> !f.name().equals(snippetField)).toList();
    this.hitFieldNames = hitFields.stream().map(FieldSpec::name).collect(Collectors.toUnmodifiableSet());
    this.snippetField = snippetField;
    this.maxSnippetChars = maxSnippetChars;
  }

  /** The hits of {@code docs}, in that order, with their snippet texts when {@code withText} and a snippet field exist. */
  Page read(StoredFields stored, int[] docs, boolean withText) throws IOException {
    List<Map<String, Object>> hits = new ArrayList<>(docs.length);
    String[] texts = new String[docs.length];
    for (int i = 0; i < docs.length; i++) {
      Visitor v = new Visitor(withText && snippetField != null);
      stored.document(docs[i], v);
      hits.add(hit(v.getDocument()));
      texts[i] = v.text == null ? null : v.text.toString();
    }
    return new Page(hits, texts);
  }

  private Map<String, Object> hit(org.apache.lucene.document.Document d) {
    Map<String, Object> hit = new LinkedHashMap<>();
    for (FieldSpec f : hitFields) {
      IndexableField[] values = d.getFields(f.name());
      if (values.length == 0) continue;
      if (f.isMultiValued()) {
        List<String> list = new ArrayList<>(values.length);
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

  /**
   * Collects the hit fields as a document and the snippet field's values as the highlighter's own stored-field loader
   * does (UnifiedHighlighter.LimitedStoredFieldVisitor): values joined by {@link Snippets#VALUE_SEPARATOR}, the whole
   * cut at the highlighter's maximum length, so that snippets stay byte-identical to what it would load itself.
   */
  private final class Visitor extends DocumentStoredFieldVisitor {
    private final boolean withText;
    private CharSequence text;

    Visitor(boolean withText) {
      super(hitFieldNames);
      this.withText = withText;
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) throws IOException {
      if (withText && fieldInfo.name.equals(snippetField)) return text != null && text.length() >= maxSnippetChars ? Status.NO : Status.YES;
      return super.needsField(fieldInfo);
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) throws IOException {
      if (!fieldInfo.name.equals(snippetField)) {
        super.stringField(fieldInfo, value);
        return;
      }
      if (text == null) {
        text = value.substring(0, Math.min(maxSnippetChars, value.length()));
        return;
      }
      int budget = maxSnippetChars - text.length();
      if (budget <= 0) return;
      StringBuilder sb = text instanceof StringBuilder b ? b : new StringBuilder(text);
      sb.append(Snippets.VALUE_SEPARATOR).append(value, 0, Math.min(budget - 1, value.length()));
      text = sb;
    }
  }
}
