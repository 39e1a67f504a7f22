package verticalkb.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import verticalkb.document.KbDocument;
import verticalkb.index.Schema.FieldSpec;

/**
 * Turns a {@link KbDocument} into a Lucene document as the schema says: each field takes its values from
 * document properties by dotted path, keyword fields become exact terms (and facets), dates and numbers points
 * plus doc values, geo fields lat/lon points. Thread-safe.
 */
public final class DocumentMapper {

  /** Doc-values field of the recency signal, written only for the types the schema's recency block lists. */
  public static final String RECENCY_FIELD = "_recency";
  /** Keyword fields whose sorted doc values break ties in sorts, so that cursors are stable. */
  public static final String ID_FIELD = "id";

  private final Schema schema;
  private final FacetsConfig facets;
  /** The Lucene field type of each text field, built once from the schema. */
  private final Map<String, FieldType> textTypes = new HashMap<>();
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** The analyzer of each text field whose tokens are replayed from its values' {@link PieceTokens}. */
  private final Map<String, Analyzer> replayed = new HashMap<>();

  /** Accessors of the document properties the schema reads (first segment of each {@code from} path, and type). */
  private final Map<String, Method> properties = new LinkedHashMap<>();

  public DocumentMapper(Schema schema) {
    this(schema, null);
  }

  /**
   * With {@code analysis}, a value held by several text fields of one {@link PieceTokens#piecewise} analyzer (a page's
   * text in {@code text} and {@code all}) is analysed once per document and its tokens replayed into each field.
   */
  public DocumentMapper(Schema schema, Analysis analysis) {
    this.schema = schema;
    Set<String> wanted = new HashSet<>(List.of("type"));
    for (FieldSpec f : schema.fields()) for (String path : f.sources()) wanted.add(path.split("\\.", 2)[0]);
    for (RecordComponent c : KbDocument.class.getRecordComponents()) if (wanted.contains(c.getName())) properties.put(c.getName(), c.getAccessor());
    this.facets = facetsConfig(schema);
    for (FieldSpec f : schema.fields()) if (f.type() == Schema.FieldType.text) textTypes.put(f.name(), textType(f));
    if (analysis != null) {
      for (FieldSpec f : schema.fields()) {
        boolean inverted = textTypes.containsKey(f.name()) && textTypes.get(f.name()).indexOptions() != IndexOptions.NONE;
        if (inverted && PieceTokens.piecewise(schema.analyzers().get(f.analyzer()))) replayed.put(f.name(), analysis.analyzer(f.analyzer()));
      }
    }
  }

  /** The facets configuration: every faceted keyword field is a multi-valued sorted-set dimension. */
  public static FacetsConfig facetsConfig(Schema schema) {
    FacetsConfig c = new FacetsConfig();
    for (FieldSpec f : schema.fields()) if (f.isFaceted()) c.setMultiValued(f.name(), true);
    return c;
  }

  public FacetsConfig facets() {
    return facets;
  }

  /** The Lucene document; throws IllegalArgumentException naming the field when a value cannot be indexed. */
  public Document map(KbDocument d) throws IOException {
    return map(properties(d));
  }

  /** The Lucene document of a document's properties as a JSON tree (Jackson's, or {@link #properties}'s). */
  Document map(ObjectNode root) throws IOException {
    Document doc = new Document();
    Map<Analyzer, Map<String, PieceTokens>> analysed = new HashMap<>();
    boolean facetAdded = false;
    for (FieldSpec f : schema.fields()) {
      List<JsonNode> values = new ArrayList<>();
      for (String path : f.sources()) {
        List<JsonNode> found = resolve(root, path);
        if (f.type() == Schema.FieldType.text) values.addAll(found);
        else if (!found.isEmpty() && values.isEmpty()) values.addAll(found);
      }
      if (values.isEmpty()) continue;
      switch (f.type()) {
        case text -> {
          StringBuilder sb = new StringBuilder();
          List<String> pieces = new ArrayList<>(values.size());
          for (JsonNode v : values) {
            String t = v.asText();
            if (!sb.isEmpty()) sb.append('\n');
            else if (t.isEmpty()) continue;
            sb.append(t);
            pieces.add(t);
          }
          Analyzer analyzer = replayed.get(f.name());
          if (analyzer == null) {
            doc.add(new Field(f.name(), sb.toString(), textTypes.get(f.name())));
          } else {
            Map<String, PieceTokens> known = analysed.computeIfAbsent(analyzer, a -> new IdentityHashMap<>());
            List<PieceTokens> tokens = new ArrayList<>(pieces.size());
            for (String piece : pieces) {
              PieceTokens t = known.get(piece);
              if (t == null) known.put(piece, t = PieceTokens.of(analyzer, f.name(), piece));
              tokens.add(t);
            }
            doc.add(new ReplayedField(f.name(), sb.toString(), textTypes.get(f.name()), new ReplayedTokens(tokens, pieces)));
          }
        }
        case keyword -> {
          for (JsonNode v : values) {
            String s = "month".equals(f.format()) ? month(f, v) : v.asText();
            if (s.isEmpty()) continue;
            doc.add(new StringField(f.name(), s, f.isStored() ? Field.Store.YES : Field.Store.NO));
            if (f.isFaceted()) {
              doc.add(new SortedSetDocValuesFacetField(f.name(), s));
              facetAdded = true;
            }
          }
          if (f.name().equals(ID_FIELD)) doc.add(new SortedDocValuesField(ID_FIELD, new BytesRef(values.getFirst().asText())));
        }
        case date -> {
          long millis = instant(f, values.getFirst()).toEpochMilli();
          doc.add(new LongPoint(f.name(), millis));
          doc.add(new NumericDocValuesField(f.name(), millis));
          if (f.isStored()) doc.add(new StoredField(f.name(), millis));
          if (recencyApplies(f, root)) doc.add(new NumericDocValuesField(RECENCY_FIELD, millis));
        }
        case number -> {
          JsonNode v = values.getFirst();
          if (!v.isNumber()) throw new IllegalArgumentException(f.name() + ": '" + v.asText() + "' is not a number");
          double x = v.asDouble();
          doc.add(new DoublePoint(f.name(), x));
          doc.add(new DoubleDocValuesField(f.name(), x));
          if (f.isStored()) doc.add(new StoredField(f.name(), x));
        }
        case geo -> {
          JsonNode v = values.getFirst();
          JsonNode lat = v.get("lat");
          JsonNode lon = v.get("lon");
          if (lat == null || lon == null || !lat.isNumber() || !lon.isNumber()) continue;
          double la = lat.asDouble();
          double lo = lon.asDouble();
          if (la < -90 || la > 90 || lo < -180 || lo > 180) {
            throw new IllegalArgumentException(f.name() + ": coordinates " + la + "," + lo + " are out of range (lat -90..90, lon -180..180)");
          }
          doc.add(new LatLonPoint(f.name(), la, lo));
          doc.add(new LatLonDocValuesField(f.name(), la, lo));
          if (f.isStored()) doc.add(new StoredField(f.name(), la + "," + lo));
        }
      }
    }
    return facetAdded ? facets.build(doc) : doc;
  }

  /**
   * The properties the schema reads, as Jackson would write them: strings as they are (the main text is not copied
   * through a serialisation buffer, which {@code valueToTree} of the whole document did for every page), anything
   * else through the mapper.
   */
  private ObjectNode properties(KbDocument d) {
    ObjectNode root = json.createObjectNode();
    for (var p : properties.entrySet()) {
      Object v;
      try {
        v = p.getValue().invoke(d);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + p.getKey() + " of a document", e);
      }
      if (v != null) root.set(p.getKey(), node(v));
    }
    return root;
  }

  /**
   * A property value as a JSON node with the text and numbers Jackson would write, built without a serialisation
   * round trip for the common kinds (strings, lists, instants, numbers); records go through the mapper. An instant
   * stays an {@link Instant} inside a {@link POJONode}, whose text is its ISO-8601 form, so dates are not parsed back.
   */
  private JsonNode node(Object v) {
    return switch (v) {
      case null -> NullNode.getInstance();
      case String s -> TextNode.valueOf(s);
      case Instant i -> new POJONode(i);
      case Integer i -> IntNode.valueOf(i);
      case Long l -> LongNode.valueOf(l);
      case Double x -> DoubleNode.valueOf(x);
      case List<?> list -> {
        ArrayNode a = json.createArrayNode();
        for (Object e : list) a.add(node(e));
        yield a;
      }
      default -> json.valueToTree(v);
    };
  }

  private boolean recencyApplies(FieldSpec f, JsonNode root) {
    Schema.Recency r = schema.ranking() == null ? null : schema.ranking().recency();
    if (r == null || !f.name().equals(r.field())) return false;
    if (r.types() == null || r.types().isEmpty()) return true;
    JsonNode type = root.get("type");
    return type != null && r.types().contains(type.asText());
  }

  private static String month(FieldSpec f, JsonNode v) {
    return instant(f, v).atOffset(ZoneOffset.UTC).toString().substring(0, "yyyy-MM".length());
  }

  private static Instant instant(FieldSpec f, JsonNode v) {
    if (v instanceof POJONode p && p.getPojo() instanceof Instant i) return i;
    if (v.isNumber()) return Instant.ofEpochMilli(v.asLong());
    try {
      return Instant.parse(v.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(f.name() + ": '" + v.asText() + "' is not an ISO-8601 instant such as 2026-03-01T09:00:00Z");
    }
  }

  /** Values at a dotted path; arrays on the way are flattened, nulls and empty strings dropped. */
  static List<JsonNode> resolve(JsonNode root, String path) {
    List<JsonNode> current = List.of(root);
    for (String part : path.split("\\.")) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode n : current) {
        JsonNode c = n.get(part);
        if (c == null || c.isNull()) continue;
        if (c.isArray()) c.forEach(next::add);
        else next.add(c);
      }
      current = next;
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode n : current) {
      if (n.isArray()) n.forEach(out::add);
      else if (!n.isNull() && !(n.isTextual() && n.asText().isBlank())) out.add(n);
    }
    return out;
  }

  /**
   * Each inversion level costs indexing and merging time; fields only shown (snippets) or only looked up (did-you-mean)
   * invert less, and fields never scored by length drop norms.
   */
  private static FieldType textType(FieldSpec f) {
    FieldType t = new FieldType();
    t.setStored(f.isStored());
    t.setIndexOptions(switch (f.indexOptions()) {
      case none -> IndexOptions.NONE;
      case docs -> IndexOptions.DOCS;
      case freqs -> IndexOptions.DOCS_AND_FREQS;
      case positions -> IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
      case offsets -> IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
    });
    boolean inverted = t.indexOptions() != IndexOptions.NONE;
    t.setTokenized(inverted);
    t.setOmitNorms(inverted && !f.hasNorms());
    t.setStoreTermVectors(inverted && Boolean.TRUE.equals(f.termVectors()));
    t.freeze();
    return t;
  }

  /** A text field whose stored value is its text and whose tokens come from its values' recorded analysis. */
  private static final class ReplayedField extends Field {
    private final ReplayedTokens tokens;

    ReplayedField(String name, String value, FieldType type, ReplayedTokens tokens) {
      super(name, value, type);
      this.tokens = tokens;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      return tokens;
    }
  }
}
