package verticalkb.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import verticalkb.JsonErrors;
import verticalkb.Problem.FieldError;
import verticalkb.ProblemMappers;
import verticalkb.index.Schema.AnalyzerSpec;
import verticalkb.index.Schema.FieldSpec;
import verticalkb.index.Schema.FieldType;
import verticalkb.vertical.YamlLines;

/**
 * Reads {@code index-config/<schema file>} and checks it: every analyzer is built once (so an unknown filter or a
 * bad parameter is reported here, not at the first document), every field has a known type and analyzer, and every
 * ranking block names fields that exist. All errors are collected, each with file, line and field.
 */
public final class SchemaLoader {

  private static final Pattern FIELD_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]{0,63}");
  /** Fields the service itself relies on: documents are upserted and deleted by id, and searches filter by type. */
  private static final List<String> REQUIRED_KEYWORDS = List.of("id", "type");

  private final ObjectMapper yaml = YAMLMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** Loads and validates; throws {@link SchemaException} listing every problem. */
  public IndexConfig load(Path dir, String fileName) {
    Path file = dir.resolve(fileName);
    String name = file.toString();
    List<FieldError> errors = new ArrayList<>();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SchemaException(List.of(new FieldError("", "cannot read the schema (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "); set kb.index-config-dir to the folder holding " + fileName, name, null)));
    }
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
      throw new SchemaException(List.of(new FieldError("", "YAML syntax error: " + e.getProblem(), name, line)));
    } catch (YAMLException e) {
      throw new SchemaException(List.of(new FieldError("", "YAML syntax error: " + e.getMessage(), name, 1)));
    }
    if (root == null) throw new SchemaException(List.of(new FieldError("", "the schema is empty: it needs at least analyzers and fields", name, 1)));
    YamlLines lines = new YamlLines(root);
    Schema schema;
    try {
      schema = yaml.readValue(text, Schema.class);
    } catch (UnrecognizedPropertyException e) {
      String path = ProblemMappers.jsonPath(e);
      throw new SchemaException(List.of(new FieldError(path, "unknown key '" + e.getPropertyName() + "'; known keys here: " + e.getKnownPropertyIds(),
          name, lines.lineOf(path))));
    } catch (JsonMappingException e) {
      String path = ProblemMappers.jsonPath(e);
      throw new SchemaException(List.of(new FieldError(path, "wrong value: " + JsonErrors.describe(e), name, lines.lineOf(path))));
    } catch (JsonProcessingException e) {
      throw new SchemaException(List.of(new FieldError("", "cannot read: " + JsonErrors.describe(e), name,
          e.getLocation() == null ? 1 : e.getLocation().getLineNr())));
    }
    for (FieldError e : validate(schema, dir)) errors.add(new FieldError(e.field(), e.message(), name, lines.lineOf(e.field())));
    if (!errors.isEmpty()) throw new SchemaException(errors);
    return new IndexConfig(schema, dir, indexHash(schema, dir));
  }

  static List<FieldError> validate(Schema s, Path dir) {
    List<FieldError> errors = new ArrayList<>();
    Map<String, AnalyzerSpec> analyzers = s.analyzers() == null ? Map.of() : s.analyzers();
    if (analyzers.isEmpty()) errors.add(new FieldError("analyzers", "declare at least one analyzer (a tokenizer and filters by SPI name)"));
    for (var e : analyzers.entrySet()) {
      String path = "analyzers." + e.getKey();
      if (e.getValue() == null || e.getValue().tokenizer() == null || e.getValue().tokenizer().name() == null) {
        errors.add(new FieldError(path + ".tokenizer", "is required, e.g. {name: standard}"));
        continue;
      }
      errors.addAll(Analysis.check(dir, path, e.getValue()));
    }
    if (s.fields() == null || s.fields().isEmpty()) {
      errors.add(new FieldError("fields", "declare the index fields (at least id and type)"));
      return errors;
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < s.fields().size(); i++) {
      FieldSpec f = s.fields().get(i);
      String path = "fields[" + i + "]";
      if (f == null || f.name() == null || !FIELD_NAME.matcher(f.name()).matches()) {
        errors.add(new FieldError(path + ".name", "is required: letters, digits and underscores, starting with a letter"));
        continue;
      }
      if (!names.add(f.name())) errors.add(new FieldError(path + ".name", "field '" + f.name() + "' is declared twice"));
      if (f.type() == null) {
        errors.add(new FieldError(path + ".type", "is required: one of text, keyword, date, geo, number"));
        continue;
      }
      if (f.type() == FieldType.text) {
        if (f.analyzer() == null || !analyzers.containsKey(f.analyzer())) {
          errors.add(new FieldError(path + ".analyzer", "text field '" + f.name() + "' needs an analyzer declared under analyzers; declared: " + analyzers.keySet()));
        }
      } else if (f.analyzer() != null) {
        errors.add(new FieldError(path + ".analyzer", "only text fields are analysed; remove it from " + f.type() + " field '" + f.name() + "'"));
      }
      if (f.isFaceted() && f.type() != FieldType.keyword) {
        errors.add(new FieldError(path + ".faceted", "only keyword fields can be facets; '" + f.name() + "' is " + f.type()));
      }
      if (f.boost() != null && (f.boost() < 0 || f.boost().isNaN())) errors.add(new FieldError(path + ".boost", "must be 0 or more"));
      if ((f.k1() != null || f.b() != null) && f.type() != FieldType.text) errors.add(new FieldError(path + ".k1", "k1 and b apply to text fields only"));
      if (f.b() != null && (f.b() < 0 || f.b() > 1)) errors.add(new FieldError(path + ".b", "b must be between 0 and 1"));
      if (f.k1() != null && f.k1() < 0) errors.add(new FieldError(path + ".k1", "k1 must be 0 or more"));
      if (f.format() != null && !(f.type() == FieldType.keyword && f.format().equals("month"))) {
        errors.add(new FieldError(path + ".format", "the only format is 'month' (yyyy-MM of a date), on keyword fields"));
      }
      errors.addAll(checkInversion(f, path));
    }
    for (String required : REQUIRED_KEYWORDS) {
      FieldSpec f = s.field(required);
      if (f == null || f.type() != FieldType.keyword) errors.add(new FieldError("fields", "a keyword field named '" + required + "' is required"));
    }
    Schema.Ranking r = s.ranking();
    if (r != null) {
      if (r.defaultOperator() != null && !Set.of("or", "and").contains(r.defaultOperator())) {
        errors.add(new FieldError("ranking.defaultOperator", "is 'or' or 'and'"));
      }
      if (r.phrase() != null) {
        checkField(s, "ranking.phrase.field", r.phrase().field(), FieldType.text, errors);
        FieldSpec p = r.phrase().field() == null ? null : s.field(r.phrase().field());
        if (p != null && !p.hasPositions()) errors.add(new FieldError("ranking.phrase.field", "proximity needs positions: '" + p.name() + "' is indexed as " + p.indexOptions()));
        if (r.phrase().shingleField() != null) checkField(s, "ranking.phrase.shingleField", r.phrase().shingleField(), FieldType.text, errors);
      }
      if (r.recency() != null) checkField(s, "ranking.recency.field", r.recency().field(), FieldType.date, errors);
      if (r.authority() != null) checkField(s, "ranking.authority.field", r.authority().field(), FieldType.number, errors);
      if (r.feedback() != null) checkField(s, "ranking.feedback.field", r.feedback().field(), FieldType.text, errors);
    }
    if (s.highlight() != null) {
      checkField(s, "highlight.field", s.highlight().field(), FieldType.text, errors);
      FieldSpec h = s.field(s.highlight().field());
      if (h != null && !h.isStored()) errors.add(new FieldError("highlight.field", "snippets are cut from the stored text: set stored: true on '" + h.name() + "'"));
    }
    for (int i = 0; i < s.fields().size(); i++) {
      FieldSpec f = s.fields().get(i);
      if (f == null || f.searchedAs() == null) continue;
      FieldSpec target = s.field(f.searchedAs());
      if (target == null || target.type() != FieldType.text || !target.hasPositions() || target.searchedAs() != null) {
        errors.add(new FieldError("fields[" + i + "].searchedAs", "must name a text field of the schema indexed with positions; '" + f.searchedAs() + "' is not one"));
      }
    }
    if (s.spelling() != null) checkField(s, "spelling.field", s.spelling().field(), FieldType.text, errors);
    if (s.synonyms() != null) {
      if (s.synonyms().dir() == null || !Files.isDirectory(dir.resolve(s.synonyms().dir()))) {
        errors.add(new FieldError("synonyms.dir", "folder '" + s.synonyms().dir() + "' does not exist under " + dir));
      }
      if (s.synonyms().after() == null) errors.add(new FieldError("synonyms.after", "name the filter after which synonyms apply, e.g. lowercase"));
    }
    return errors;
  }

  /** How a field may be inverted: only text fields choose, and a field must be either inverted or stored. */
  private static List<FieldError> checkInversion(FieldSpec f, String path) {
    List<FieldError> errors = new ArrayList<>();
    boolean text = f.type() == FieldType.text;
    if (!text && (f.index() != null || f.norms() != null || f.searchedAs() != null)) {
      errors.add(new FieldError(path + (f.index() != null ? ".index" : f.norms() != null ? ".norms" : ".searchedAs"),
          "index, norms and searchedAs apply to text fields only; '" + f.name() + "' is " + f.type()));
      return errors;
    }
    if (!text) return errors;
    Schema.IndexOptions o = f.indexOptions();
    if (o == Schema.IndexOptions.none && !f.isStored()) {
      errors.add(new FieldError(path + ".index", "a field neither indexed nor stored holds nothing: set stored: true or another index"));
    }
    if (Boolean.TRUE.equals(f.highlight()) && o != Schema.IndexOptions.offsets) {
      errors.add(new FieldError(path + ".highlight", "highlight: true indexes offsets; it contradicts index: " + o + " (snippets of a stored field need neither)"));
    }
    if (Boolean.TRUE.equals(f.termVectors()) && o == Schema.IndexOptions.none) {
      errors.add(new FieldError(path + ".termVectors", "term vectors need an indexed field; '" + f.name() + "' has index: none"));
    }
    if (o != Schema.IndexOptions.none && f.searchedAs() != null) {
      errors.add(new FieldError(path + ".searchedAs", "only a field with index: none is searched as another field"));
    }
    if (f.isSearched() && !f.hasPositions()) {
      errors.add(new FieldError(path + ".searched", "free text searches may hold phrases, which need positions: set searched: false or index: positions"));
    }
    return errors;
  }

  private static void checkField(Schema s, String path, String name, FieldType type, List<FieldError> errors) {
    FieldSpec f = name == null ? null : s.field(name);
    if (f == null || f.type() != type) errors.add(new FieldError(path, "must name a " + type + " field of the schema; '" + name + "' is not one"));
  }

  /**
   * Hash of what shapes indexed data: analyzers, fields, the recency types (written at index time) and the
   * content of every file an analyzer reads. Synonyms and ranking weights apply at query time and are left out.
   */
  static String indexHash(Schema s, Path dir) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      ObjectMapper json = new ObjectMapper();
      md.update(json.writeValueAsBytes(new TreeMap<>(s.analyzers())));
      // Boosts, per-field BM25 parameters, whether a field is searched and what searchedAs names apply at query time:
      // not hashed.
      md.update(json.writeValueAsBytes(s.fields().stream().map(f -> new FieldSpec(f.name(), f.type(), f.from(), f.analyzer(), f.stored(),
          f.faceted(), f.multiValued(), null, null, null, null, f.highlight(), f.termVectors(), f.format(), f.index(), f.norms(), null))
          .toList()));
      if (s.ranking() != null && s.ranking().recency() != null) md.update(json.writeValueAsBytes(s.ranking().recency().types()));
      for (AnalyzerSpec a : new TreeMap<>(s.analyzers()).values()) {
        for (String file : Analysis.filesOf(a)) {
          Path p = dir.resolve(file);
          if (Files.isRegularFile(p)) md.update(Files.readAllBytes(p));
        }
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException | IOException e) {
      throw new IllegalStateException("cannot hash the schema", e);
    }
  }
}
