package verticalkb.vertical;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import verticalkb.JsonErrors;
import verticalkb.Problem.FieldError;
import verticalkb.ProblemMappers;
import verticalkb.vertical.CatalogueModel.Account;
import verticalkb.vertical.CatalogueModel.Region;
import verticalkb.vertical.CatalogueModel.SourceDefinition;
import verticalkb.vertical.CatalogueModel.Topic;
import verticalkb.vertical.CatalogueModel.VerticalDefinition;

/**
 * Reads the vertical definitions in a folder ({@code crawlers/*.yaml}). A file with any error yields no vertical
 * and a list of errors, each naming the file, the line and the field; the other files load regardless.
 */
public final class CatalogueFiles {

  /** A catalogue file is hand-written configuration; anything bigger is a mistake, not a vertical. */
  public static final long MAX_FILE_BYTES = 1024 * 1024;
  private static final Pattern VERTICAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** What a folder held: the verticals that loaded (with their file) and every error of the files that did not. */
  public record LoadResult(List<Loaded> verticals, List<FieldError> errors) {}

  /** A vertical definition and the file it came from. */
  public record Loaded(VerticalDefinition definition, Path file) {}

  private final YAMLMapper mapper;
  private final java.util.function.UnaryOperator<String> placeholders;
  private final boolean includeDemo;

  /** Reads files as written, without placeholders, skipping demo verticals. */
  public CatalogueFiles() {
    this(text -> text, false);
  }

  /**
   * Reads files after replacing placeholders such as {@code ${kb.demo-url}} with {@code placeholders}; files marked
   * {@code demo: true} load only with {@code includeDemo}.
   */
  public CatalogueFiles(java.util.function.UnaryOperator<String> placeholders, boolean includeDemo) {
    this.placeholders = placeholders;
    this.includeDemo = includeDemo;
    mapper = YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .build();
  }

  public LoadResult load(Path dir) {
    List<Loaded> loaded = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      errors.add(new FieldError("kb.crawlers-dir", "folder " + dir.toAbsolutePath().normalize()
          + " does not exist: create it with one <vertical>.yaml per vertical (see crawlers/README.md), or point kb.crawlers-dir elsewhere",
          dir.toString(), null));
      return new LoadResult(loaded, errors);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return (n.endsWith(".yaml") || n.endsWith(".yml")) && Files.isRegularFile(p);
      }).sorted().toList();
    } catch (IOException e) {
      errors.add(new FieldError("kb.crawlers-dir", "cannot list " + dir + ": " + e.getMessage(), dir.toString(), null));
      return new LoadResult(loaded, errors);
    }
    Map<String, Path> seen = new HashMap<>();
    for (Path file : files) {
      List<FieldError> fileErrors = new ArrayList<>();
      if (!includeDemo && isDemo(file)) continue;
      VerticalDefinition def = read(file, fileErrors);
      if (def != null && seen.containsKey(def.id())) {
        fileErrors.add(new FieldError("id", "vertical '" + def.id() + "' is already defined in " + seen.get(def.id()).getFileName()
            + ": give this one another id", file.toString(), 1));
      }
      if (fileErrors.isEmpty() && def != null) {
        seen.put(def.id(), file);
        loaded.add(new Loaded(def, file));
      } else {
        errors.addAll(fileErrors);
      }
    }
    return new LoadResult(loaded, errors);
  }

  private static final Pattern DEMO_MARK = Pattern.compile("(?m)^demo:\\s*true\\s*(#.*)?$");

  /** Whether the file is the bundled demo vertical ({@code demo: true} at the top level). */
  private static boolean isDemo(Path file) {
    try {
      return Files.size(file) <= MAX_FILE_BYTES && DEMO_MARK.matcher(Files.readString(file)).find();
    } catch (IOException | java.io.UncheckedIOException e) {
      return false; // read() reports the problem
    }
  }

  /** The definition in one file, or null with the reasons added to {@code errors}. */
  VerticalDefinition read(Path file, List<FieldError> errors) {
    String name = file.toString();
    String text;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        errors.add(new FieldError("", "file is larger than " + MAX_FILE_BYTES / 1024 + " KiB; a vertical definition should be a few KiB", name, 1));
        return null;
      }
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
      text = placeholders.apply(text);
    } catch (CharacterCodingException e) {
      errors.add(new FieldError("", "file is not UTF-8 text; save it as UTF-8", name, 1));
      return null;
    } catch (IOException e) {
      errors.add(new FieldError("", "cannot read file: " + e.getMessage(), name, null));
      return null;
    }
    Node root;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      root = new Yaml(options).compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
      String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
      errors.add(new FieldError("", "YAML syntax error: " + problem + (e.getContext() != null ? " (" + e.getContext() + ")" : ""), name, line));
      return null;
    } catch (YAMLException e) {
      errors.add(new FieldError("", "YAML syntax error: " + e.getMessage(), name, 1));
      return null;
    }
    if (root == null) {
      errors.add(new FieldError("", "file is empty: a vertical needs at least id, name and sources", name, 1));
      return null;
    }
    YamlLines lines = new YamlLines(root);
    VerticalDefinition raw;
    try {
      raw = mapper.readValue(text, VerticalDefinition.class);
    } catch (UnrecognizedPropertyException e) {
      String path = jsonPath(e);
      errors.add(new FieldError(path, "unknown field '" + e.getPropertyName() + "'; known fields here: " + e.getKnownPropertyIds(),
          name, lines.lineOf(path)));
      return null;
    } catch (JsonMappingException e) {
      String path = jsonPath(e);
      errors.add(new FieldError(path, "wrong type: " + JsonErrors.describe(e), name, lines.lineOf(path)));
      return null;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      errors.add(new FieldError("", "cannot read: " + JsonErrors.describe(e), name, line));
      return null;
    }
    VerticalDefinition def = normalise(raw, file);
    for (FieldError e : validate(def)) {
      errors.add(new FieldError(e.field(), e.message(), name, lines.lineOf(e.field())));
    }
    return errors.isEmpty() ? def : null;
  }

  private static VerticalDefinition normalise(VerticalDefinition d, Path file) {
    String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
    return new VerticalDefinition(
        d.id() == null ? stem : d.id(),
        d.name(),
        d.description() == null ? "" : d.description().strip(),
        d.regions() == null ? List.of() : d.regions(),
        d.topics() == null ? List.of() : d.topics(),
        d.accounts() == null ? List.of() : d.accounts().stream()
            .map(a -> a == null ? null : new Account(a.name(), orEmpty(a.aliases()), orEmpty(a.domains()))).toList(),
        d.sources() == null ? List.of() : d.sources(),
        d.demo() != null && d.demo());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  static List<FieldError> validate(VerticalDefinition d) {
    List<FieldError> errors = new ArrayList<>();
    if (!VERTICAL_ID.matcher(d.id()).matches()) {
      errors.add(new FieldError("id", "'" + d.id() + "' is not a valid vertical id: use lower-case letters, digits and dashes"));
    }
    if (d.name() == null || d.name().isBlank()) {
      errors.add(new FieldError("name", "is required: the vertical's display name, e.g. Healthcare"));
    }
    for (int i = 0; i < d.regions().size(); i++) checkRegion("regions[" + i + "]", d.regions().get(i), errors);
    Set<String> topicIds = new HashSet<>();
    for (int i = 0; i < d.topics().size(); i++) {
      Topic t = d.topics().get(i);
      String f = "topics[" + i + "]";
      if (t == null || t.id() == null || !VERTICAL_ID.matcher(t.id()).matches()) {
        errors.add(new FieldError(f + ".id", "is required: lower-case letters, digits and dashes, e.g. telehealth"));
      } else if (!topicIds.add(t.id())) {
        errors.add(new FieldError(f + ".id", "topic '" + t.id() + "' appears twice"));
      }
      if (t != null && (t.keywords() == null || t.keywords().isEmpty() || t.keywords().stream().anyMatch(k -> k == null || k.isBlank()))) {
        errors.add(new FieldError(f + ".keywords", "needs at least one non-empty keyword or phrase that signals the topic"));
      }
    }
    for (int i = 0; i < d.accounts().size(); i++) {
      Account a = d.accounts().get(i);
      if (a == null || a.name() == null || a.name().isBlank()) {
        errors.add(new FieldError("accounts[" + i + "].name", "is required: the company's usual name"));
      }
    }
    Set<String> sourceIds = new HashSet<>();
    for (int i = 0; i < d.sources().size(); i++) {
      SourceDefinition s = d.sources().get(i);
      String prefix = "sources[" + i + "]";
      if (s == null) {
        errors.add(new FieldError(prefix, "is empty: a source needs kind, name and url"));
        continue;
      }
      for (FieldError e : SourceRules.check(s)) errors.add(new FieldError(prefix + "." + e.field(), e.message()));
      String localId = localId(s);
      if (localId != null && !sourceIds.add(localId)) {
        errors.add(new FieldError(prefix + (s.id() != null ? ".id" : ".name"),
            "source id '" + localId + "' appears twice in this vertical: give one of them an explicit id"));
      }
    }
    return errors;
  }

  private static void checkRegion(String f, Region r, List<FieldError> errors) {
    if (r == null || r.name() == null || r.name().isBlank()) {
      errors.add(new FieldError(f + ".name", "is required, e.g. Ireland or Greater Chicago"));
      return;
    }
    if (r.country() != null && !COUNTRY.matcher(r.country()).matches()) {
      errors.add(new FieldError(f + ".country", "'" + r.country() + "' is not an ISO 3166-1 alpha-2 code such as IE or US (quote NO for Norway)"));
    }
    if ((r.lat() == null) != (r.lon() == null)) {
      errors.add(new FieldError(f + (r.lat() == null ? ".lat" : ".lon"), "lat and lon go together: give both or neither"));
    }
    if (r.lat() != null && (r.lat() < -90 || r.lat() > 90)) errors.add(new FieldError(f + ".lat", "must be between -90 and 90"));
    if (r.lon() != null && (r.lon() < -180 || r.lon() > 180)) errors.add(new FieldError(f + ".lon", "must be between -180 and 180"));
    if (r.radiusKm() != null && (r.radiusKm() <= 0 || r.radiusKm() > 20_000)) {
      errors.add(new FieldError(f + ".radiusKm", "must be more than 0 and at most 20000"));
    }
  }

  /** The id a source has inside its vertical: its own, or one made from its name. */
  static String localId(SourceDefinition s) {
    if (s.id() != null) return s.id();
    return s.name() == null ? null : Slugs.slug(s.name());
  }

  private static String jsonPath(JsonMappingException e) {
    return ProblemMappers.jsonPath(e);
  }
}
