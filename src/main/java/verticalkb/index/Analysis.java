package verticalkb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.PerFieldSimilarityWrapper;
import org.apache.lucene.search.similarities.Similarity;
import verticalkb.Problem.FieldError;
import verticalkb.index.Schema.AnalyzerSpec;
import verticalkb.index.Schema.Component;
import verticalkb.index.Schema.FieldSpec;
import verticalkb.index.Schema.FieldType;

/**
 * The analyzers and similarity a schema declares, built once: one analyzer per text field for indexing and
 * querying, and per vertical a query-time variant with that vertical's synonyms (rebuilt when its synonym file
 * changes, so editing synonyms needs no reindex). Thread-safe.
 */
public final class Analysis {

  /** BM25 defaults of Anserini, used when the schema sets none (they suit short documents well). */
  private static final double DEFAULT_K1 = 0.9;
  private static final double DEFAULT_B = 0.4;
  /** How often a synonym file's modification time is checked, at most. */
  private static final long SYNONYM_CHECK_NANOS = 2_000_000_000L;

  private final IndexConfig config;
  private final Map<String, Analyzer> byName = new HashMap<>();
  private final Analyzer indexAnalyzer;
  private final Similarity similarity;
  private final Map<String, VerticalAnalyzer> perVertical = new ConcurrentHashMap<>();

  private record VerticalAnalyzer(Analyzer analyzer, long modified, long checkedAt) {}

  public Analysis(IndexConfig config) {
    this.config = config;
    Schema s = config.schema();
    for (var e : s.analyzers().entrySet()) byName.put(e.getKey(), build(config.dir(), e.getValue()));
    Map<String, Analyzer> perField = new HashMap<>();
    for (FieldSpec f : s.fields()) if (f.type() == FieldType.text) perField.put(f.name(), byName.get(f.analyzer()));
    indexAnalyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
    double k1 = s.similarity() != null && s.similarity().k1() != null ? s.similarity().k1() : DEFAULT_K1;
    double b = s.similarity() != null && s.similarity().b() != null ? s.similarity().b() : DEFAULT_B;
    BM25Similarity base = new BM25Similarity((float) k1, (float) b);
    Map<String, Similarity> sims = new HashMap<>();
    for (FieldSpec f : s.fields()) {
      if (f.k1() != null || f.b() != null) {
        sims.put(f.name(), new BM25Similarity((float) (f.k1() == null ? k1 : f.k1()), (float) (f.b() == null ? b : f.b())));
      }
    }
    similarity = sims.isEmpty() ? base : new PerFieldSimilarityWrapper() {
      @Override
      public Similarity get(String name) {
        return sims.getOrDefault(name, base);
      }
    };
  }

  public IndexConfig config() {
    return config;
  }

  /** Analyzer per field, as used for indexing (and for queries without synonyms). */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  public Similarity similarity() {
    return similarity;
  }

  /** The analyzer declared under that name. */
  public Analyzer analyzer(String name) {
    return byName.get(name);
  }

  /** The query analyzer for a vertical: the index analyzer plus the vertical's synonyms where it has a file. */
  public Analyzer queryAnalyzer(String vertical) {
    Schema.Synonyms syn = config.schema().synonyms();
    if (syn == null || vertical == null) return indexAnalyzer;
    long now = System.nanoTime();
    VerticalAnalyzer cached = perVertical.get(vertical);
    if (cached != null && now - cached.checkedAt() < SYNONYM_CHECK_NANOS) return cached.analyzer();
    Path file = config.dir().resolve(syn.dir()).resolve(vertical + ".txt");
    long modified = modified(file);
    if (cached != null && cached.modified() == modified) {
      perVertical.put(vertical, new VerticalAnalyzer(cached.analyzer(), modified, now));
      return cached.analyzer();
    }
    Analyzer a = modified < 0 ? indexAnalyzer : withSynonyms(config.dir().relativize(file).toString(), syn.after());
    perVertical.put(vertical, new VerticalAnalyzer(a, modified, now));
    return a;
  }

  private Analyzer withSynonyms(String file, String after) {
    Schema s = config.schema();
    Map<String, Analyzer> perField = new HashMap<>();
    for (FieldSpec f : s.fields()) {
      if (f.type() != FieldType.text) continue;
      AnalyzerSpec spec = s.analyzers().get(f.analyzer());
      List<Component> filters = new ArrayList<>(spec.filters() == null ? List.of() : spec.filters());
      int at = 0;
      for (int i = 0; i < filters.size(); i++) if (filters.get(i).name().equalsIgnoreCase(after)) at = i + 1;
      filters.add(at, new Component("synonymGraph", Map.of("synonyms", file, "ignoreCase", "true", "expand", "true")));
      perField.put(f.name(), build(config.dir(), new AnalyzerSpec(spec.charFilters(), spec.tokenizer(), filters)));
    }
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }

  private static long modified(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toMillis() : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  static Analyzer build(Path dir, AnalyzerSpec spec) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(dir);
      if (spec.charFilters() != null) for (Component c : spec.charFilters()) b.addCharFilter(c.name(), new HashMap<>(c.paramsOrEmpty()));
      b.withTokenizer(spec.tokenizer().name(), new HashMap<>(spec.tokenizer().paramsOrEmpty()));
      if (spec.filters() != null) for (Component c : spec.filters()) b.addTokenFilter(c.name(), new HashMap<>(c.paramsOrEmpty()));
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Errors of one analyzer spec, found by building each component in turn so that the error names it. */
  static List<FieldError> check(Path dir, String path, AnalyzerSpec spec) {
    List<FieldError> errors = new ArrayList<>();
    List<Component> done = new ArrayList<>();
    Component tokenizer = spec.tokenizer();
    if (!tryBuild(dir, new AnalyzerSpec(List.of(), tokenizer, List.of()), path + ".tokenizer", errors)) return errors;
    if (spec.charFilters() != null) {
      for (int i = 0; i < spec.charFilters().size(); i++) {
        Component c = spec.charFilters().get(i);
        if (c == null || c.name() == null) {
          errors.add(new FieldError(path + ".charFilters[" + i + "]", "needs a name"));
          continue;
        }
        tryBuild(dir, new AnalyzerSpec(List.of(c), tokenizer, List.of()), path + ".charFilters[" + i + "]", errors);
      }
    }
    if (spec.filters() != null) {
      for (int i = 0; i < spec.filters().size(); i++) {
        Component c = spec.filters().get(i);
        if (c == null || c.name() == null) {
          errors.add(new FieldError(path + ".filters[" + i + "]", "needs a name"));
          continue;
        }
        done.add(c);
        if (!tryBuild(dir, new AnalyzerSpec(List.of(), tokenizer, List.copyOf(done)), path + ".filters[" + i + "]", errors)) {
          done.remove(done.size() - 1);
        }
      }
    }
    return errors;
  }

  private static boolean tryBuild(Path dir, AnalyzerSpec spec, String path, List<FieldError> errors) {
    try {
      build(dir, spec).close();
      return true;
    } catch (RuntimeException e) {
      String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (e instanceof UncheckedIOException) msg = "cannot read a file it names: " + msg;
      errors.add(new FieldError(path, msg));
      return false;
    }
  }

  /** The files an analyzer spec names (stop word lists, synonyms, ...), relative to the config folder. */
  static List<String> filesOf(AnalyzerSpec spec) {
    List<String> files = new ArrayList<>();
    List<Component> all = new ArrayList<>();
    if (spec.charFilters() != null) all.addAll(spec.charFilters());
    if (spec.tokenizer() != null) all.add(spec.tokenizer());
    if (spec.filters() != null) all.addAll(spec.filters());
    for (Component c : all) {
      for (var p : c.paramsOrEmpty().entrySet()) {
        if (p.getKey().equals("words") || p.getKey().equals("synonyms") || p.getKey().equals("protected") || p.getKey().equals("dictionary")) {
          for (String f : p.getValue().split(",")) files.add(f.strip());
        }
      }
    }
    return files;
  }
}
