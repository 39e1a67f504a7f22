package verticalkb.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
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
  /** Position in {@link #hitFields} by name: hits load only these and the snippet text, never the other long fields. */
  private final Map<String, Integer> hitPositions;
  private final String snippetField;
  private final int maxSnippetChars;

  /** Hits show every stored field of the schema except {@code snippetField}, whose text feeds the snippet instead. */
  PageDocuments(Schema schema, String snippetField, int maxSnippetChars) {
    this.hitFields = schema.fields().stream().filter(FieldSpec::isStored).filter(f -> !f.name().equals(snippetField)).toList();
    Map<String, Integer> positions = new HashMap<>();
    for (int i = 0; i < hitFields.size(); i++) positions.put(hitFields.get(i).name(), i);
    this.hitPositions = Map.copyOf(positions);
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
      hits.add(v.hit());
      texts[i] = v.text == null ? null : v.text.toString();
    }
    return new Page(hits, texts);
  }

  /**
   * Collects the hit fields straight into their values, by schema position (the visit follows the stored order), and
   * the snippet field's values as the highlighter's own stored-field loader does
   * (UnifiedHighlighter.LimitedStoredFieldVisitor): values joined by {@link Snippets#VALUE_SEPARATOR}, the whole cut
   * at the highlighter's maximum length, so that snippets stay byte-identical to what it would load itself. No Lucene
   * Document or field objects are built: a page of hits is read on every search.
   */
  private final class Visitor extends StoredFieldVisitor {
    private final boolean withText;
    /** The value of each hit field by its position in {@link #hitFields}: a String, Long, Double or (multi-valued) list. */
    private final Object[] values = new Object[hitFields.size()];
    private CharSequence text;

    Visitor(boolean withText) {
      this.withText = withText;
    }

    @Override
    public Status needsField(FieldInfo fieldInfo) {
      if (withText && fieldInfo.name.equals(snippetField)) return text != null && text.length() >= maxSnippetChars ? Status.NO : Status.YES;
      return hitPositions.containsKey(fieldInfo.name) ? Status.YES : Status.NO;
    }

    @Override
    public void stringField(FieldInfo fieldInfo, String value) {
      if (!fieldInfo.name.equals(snippetField)) {
        add(fieldInfo, value);
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

    /** Dates are stored as epoch milliseconds (DocumentMapper), numbers as doubles; nothing stores ints or floats. */
    @Override
    public void longField(FieldInfo fieldInfo, long value) {
      add(fieldInfo, value);
    }

    @Override
    public void doubleField(FieldInfo fieldInfo, double value) {
      add(fieldInfo, value);
    }

    @SuppressWarnings("unchecked")
    private void add(FieldInfo fieldInfo, Object value) {
      int at = hitPositions.get(fieldInfo.name);
      if (!hitFields.get(at).isMultiValued()) {
        // A single-valued field shows its first stored value, as Document.getFields(name)[0] did.
        if (values[at] == null) values[at] = value;
        return;
      }
      if (values[at] == null) values[at] = new ArrayList<String>(2);
      ((List<String>) values[at]).add(value.toString());
    }

    /** The hit: its fields in schema order, dates as ISO instants and locations as lat/lon objects. */
    Map<String, Object> hit() {
      Map<String, Object> hit = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        Object v = values[i];
        if (v == null) continue;
        FieldSpec f = hitFields.get(i);
        hit.put(f.name(), f.isMultiValued() ? v : switch (f.type()) {
          case date -> Instant.ofEpochMilli(((Number) v).longValue()).toString();
          case geo -> {
            String[] ll = v.toString().split(",");
            yield Map.of("lat", Double.parseDouble(ll[0]), "lon", Double.parseDouble(ll[1]));
          }
          case number -> v;
          default -> v.toString();
        });
      }
      return hit;
    }
  }
}
