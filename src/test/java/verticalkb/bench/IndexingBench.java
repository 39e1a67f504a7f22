package verticalkb.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import verticalkb.document.KbDocument;
import verticalkb.index.Analysis;
import verticalkb.index.LuceneIndex;
import verticalkb.index.SchemaLoader;

/**
 * The Lucene side of a crawl's cost per document, without the crawl: the CPU time this JVM spends (indexing thread,
 * merges, refreshes, GC) to index the search benchmark's generated articles in batches, with a refresh every
 * {@value #DOCS_PER_REFRESH} documents as the crawl's one-second refresh gives at its pace, until the writer closed
 * with its merges done. Variants run in turns, so that a change of machine load hits each alike: the shipped schema,
 * the same schema with the main text and the did-you-mean field inverted in full (as before 2026-12-03), and the
 * shipped schema with fewer merges ({@code kb.index.merge.segments-per-tier} 16, no compound files). Each round indexes
 * the same {@value #DOCS} documents into a fresh index.
 */
public final class IndexingBench {

  private static final int DOCS = 10_000;
  private static final int ROUNDS = 3;
  /** Documents the crawl indexes between two refreshes at about 150 pages/s with kb.index.max-staleness 1s. */
  private static final int DOCS_PER_REFRESH = 150;
  private static final double RAM_BUFFER_MB = 64;

  private record Variant(String name, Path configDir, LuceneIndex.Writing writing) {}

  private IndexingBench() {}

  public static void main(String[] args) throws Exception {
    int docs = DOCS;
    BenchReport report = new BenchReport("indexing");
    report.put("docsPerRound", docs).put("rounds", ROUNDS).put("docsPerRefresh", DOCS_PER_REFRESH);
    Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "indexing-bench-");
    LuceneIndex.Writing lucene = LuceneIndex.Writing.withRamBuffer(RAM_BUFFER_MB);
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant("shipped", Path.of("index-config"), lucene));
    Path before = fullyInverted(work.resolve("config-before"));
    if (before != null) variants.add(new Variant("textAndSpellInverted", before, lucene));
    else report.put("textAndSpellInverted", "skipped: schema.yaml no longer has the lines this variant rewrites");
    variants.add(new Variant("shippedFewerMerges", Path.of("index-config"), new LuceneIndex.Writing(RAM_BUFFER_MB, 16, lucene.floorSegmentMb(), false)));

    String[] words = SearchBench.vocabulary();
    double[] cdf = SearchBench.zipf(SearchBench.VOCABULARY);
    List<KbDocument> corpus = new ArrayList<>(docs);
    for (int i = 0; i < docs; i++) corpus.add(SearchBench.document(i, words, cdf));

    for (Variant v : variants) round(v, corpus.subList(0, docs / 5), work.resolve("warmup-" + v.name())); // JIT warm-up, not counted
    Map<String, double[]> cpuMsPerDoc = new LinkedHashMap<>();
    Map<String, double[]> docsPerSecond = new LinkedHashMap<>();
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (Variant v : variants) {
      cpuMsPerDoc.put(v.name(), new double[ROUNDS]);
      docsPerSecond.put(v.name(), new double[ROUNDS]);
    }
    for (int r = 0; r < ROUNDS; r++) {
      for (Variant v : variants) {
        Path dir = work.resolve(v.name() + "-" + r);
        double[] m = round(v, corpus, dir);
        cpuMsPerDoc.get(v.name())[r] = m[0] / docs;
        docsPerSecond.get(v.name())[r] = docs / m[1];
        bytes.put(v.name(), size(dir));
      }
    }
    for (Variant v : variants) {
      report.put(v.name() + ".cpuMsPerDoc(median)", round3(median(cpuMsPerDoc.get(v.name()))));
      report.put(v.name() + ".cpuMsPerDoc(rounds)", Arrays.toString(Arrays.stream(cpuMsPerDoc.get(v.name())).map(IndexingBench::round3).toArray()));
      report.put(v.name() + ".docsPerSecond(median)", Math.round(median(docsPerSecond.get(v.name()))));
      report.put(v.name() + ".indexBytes", bytes.get(v.name()));
    }
    report.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
    report.write();
  }

  /** Indexes the corpus into a fresh directory; answers process CPU ms and wall seconds until the writer closed. */
  private static double[] round(Variant v, List<KbDocument> corpus, Path dir) throws Exception {
    Analysis analysis = new Analysis(new SchemaLoader().load(v.configDir(), "schema.yaml"));
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    try (LuceneIndex index = new LuceneIndex(dir, analysis, 1.0, v.writing())) {
      // One upsert per refresh period, then the refresh: the crawl's document writer batches what queued up meanwhile.
      for (int i = 0; i < corpus.size(); i += DOCS_PER_REFRESH) {
        index.upsert(corpus.subList(i, Math.min(corpus.size(), i + DOCS_PER_REFRESH)));
        index.awaitVisible();
      }
    }
    return new double[] {(os.getProcessCpuTime() - cpu0) / 1e6, (System.nanoTime() - t0) / 1e9};
  }

  /** A copy of index-config whose schema inverts the main text with offsets and the spell field in full; null if it cannot. */
  private static Path fullyInverted(Path dir) throws Exception {
    Path src = Path.of("index-config");
    try (Stream<Path> files = Files.walk(src)) {
      for (Path p : files.toList()) {
        Path to = dir.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    Path schema = dir.resolve("schema.yaml");
    String s = Files.readString(schema);
    String changed = s.replace("stored: true, index: none, searchedAs: all}", "stored: true, highlight: true, searched: false}")
        .replace("searched: false, index: docs, norms: false}", "searched: false}");
    if (changed.equals(s) || changed.contains("index: none") || changed.contains("index: docs")) return null;
    Files.writeString(schema, changed);
    return dir;
  }

  private static long size(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static double round3(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
