package verticalkb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import verticalkb.extract.ContentExtractor;
import verticalkb.extract.Extraction;

/**
 * Main-text quality and speed of the article extractor on {@code article-extraction-benchmark}: precision, recall
 * and F1 of 4-gram shingles exactly as that data set's PROVENANCE.md defines them, for our extractor and for every
 * peer output shipped with the data, scored on the same pages in the same run, beside the published scores; and
 * pages per second on one core (one thread, CPU time, parse included, after warm-up).
 */
public final class ExtractBench {

  private static final int WARMUP_PASSES = 5;
  private static final int TIMED_PASSES = 10;
  private static final int BOOTSTRAP = 1000;
  /** Published F1 on the whole set of 181 pages (README of the benchmark at the commit in PROVENANCE.md). */
  private static final Map<String, Double> PUBLISHED_F1 = new LinkedHashMap<>();

  static {
    PUBLISHED_F1.put("rs_trafilatura", 0.970);
    PUBLISHED_F1.put("AutoExtract (commercial, 2019)", 0.970);
    PUBLISHED_F1.put("go_trafilatura", 0.960);
    PUBLISHED_F1.put("trafilatura 2.0.0", 0.958);
    PUBLISHED_F1.put("Diffbot (commercial, 2019)", 0.951);
    PUBLISHED_F1.put("newspaper4k 0.9.3.1", 0.949);
    PUBLISHED_F1.put("news_please 1.6.16", 0.948);
    PUBLISHED_F1.put("readability_js 0.6.0", 0.947);
    PUBLISHED_F1.put("go_domdistiller", 0.927);
    PUBLISHED_F1.put("readability-lxml 0.8.4.1", 0.922);
    PUBLISHED_F1.put("dragnet", 0.907);
    PUBLISHED_F1.put("goose3 3.1.20", 0.896);
    PUBLISHED_F1.put("boilerpipe", 0.860);
    PUBLISHED_F1.put("justext 3.0.2", 0.804);
    PUBLISHED_F1.put("html-text (full page)", 0.665);
  }

  private ExtractBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = BenchReport.benchdata().resolve("article-extraction-benchmark");
    ObjectMapper json = new ObjectMapper();
    JsonNode truth = json.readTree(dir.resolve("ground-truth.json").toFile());
    Map<String, byte[]> pages = new TreeMap<>();
    Map<String, URI> urls = new TreeMap<>();
    for (var it = truth.fieldNames(); it.hasNext();) {
      String id = it.next();
      pages.put(id, gunzip(dir.resolve("html").resolve(id + ".html.gz")));
      urls.put(id, URI.create(truth.get(id).get("url").asText()));
    }
    BenchReport report = new BenchReport("extract");
    report.put("pages", pages.size());
    report.put("command", "./mvnw -Pbench verify -Dbench=extract");

    ContentExtractor extractor = ContentExtractor.withDefaults();
    Map<String, String> ours = new TreeMap<>();
    for (Map.Entry<String, byte[]> p : pages.entrySet()) {
      Extraction x = extractor.extract(urls.get(p.getKey()), "text/html", p.getValue());
      ours.put(p.getKey(), x.text() == null ? "" : x.text());
    }
    Map<String, Map<String, Object>> table = new LinkedHashMap<>();
    table.put("verticalkb (this run)", score(truth, ours));
    try (Stream<Path> files = Files.list(dir.resolve("peer-outputs"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString().replace(".json.gz", "");
        table.put(name + " (peer output, this run)", score(truth, peer(json, f)));
      }
    }
    List<Map.Entry<String, Map<String, Object>>> ranked = new ArrayList<>(table.entrySet());
    ranked.sort((a, b) -> Double.compare((double) b.getValue().get("f1"), (double) a.getValue().get("f1")));
    Map<String, Object> scored = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> e : ranked) {
      scored.put(e.getKey(), e.getValue());
      System.out.printf("[bench extract] %-42s F1 %.3f ± %.3f  P %.3f  R %.3f  acc %.3f%n", e.getKey(),
          e.getValue().get("f1"), e.getValue().get("f1Std"), e.getValue().get("precision"), e.getValue().get("recall"),
          e.getValue().get("accuracy"));
    }
    report.put("scores", scored);
    report.put("publishedF1WholeSet", PUBLISHED_F1);
    Map<String, Object> mine = table.get("verticalkb (this run)");
    report.put("f1", mine.get("f1")).put("precision", mine.get("precision")).put("recall", mine.get("recall"));

    speed(report, extractor, pages, urls);
    report.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim()
        + " (machine shared with other builds while measured)");
    report.write();
  }

  private static void speed(BenchReport report, ContentExtractor extractor, Map<String, byte[]> pages, Map<String, URI> urls) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long bytes = pages.values().stream().mapToLong(b -> b.length).sum();
    for (int i = 0; i < WARMUP_PASSES; i++) pass(extractor, pages, urls);
    long cpu0 = mx.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    int n = 0;
    for (int i = 0; i < TIMED_PASSES; i++) n += pass(extractor, pages, urls);
    double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wallSeconds = (System.nanoTime() - wall0) / 1e9;
    report.put("pagesPerSecondCpu", Math.round(n / cpuSeconds * 10) / 10.0);
    report.put("pagesPerSecondWall", Math.round(n / wallSeconds * 10) / 10.0);
    report.put("msPerPageCpu", Math.round(cpuSeconds * 1000 / n * 100) / 100.0);
    report.put("meanPageKb", bytes / pages.size() / 1024);
  }

  private static int pass(ContentExtractor extractor, Map<String, byte[]> pages, Map<String, URI> urls) {
    int n = 0;
    for (Map.Entry<String, byte[]> p : pages.entrySet()) {
      if (extractor.extract(urls.get(p.getKey()), "text/html", p.getValue()).type() != null) n++;
    }
    return n;
  }

  private static Map<String, Object> score(JsonNode truth, Map<String, String> predictions) {
    List<ShingleScore.Item> items = new ArrayList<>();
    for (var it = truth.fieldNames(); it.hasNext();) {
      String id = it.next();
      items.add(ShingleScore.score(truth.get(id).get("articleBody").asText(), predictions.getOrDefault(id, "")));
    }
    double[] s = ShingleScore.summary(items);
    Random random = new Random(1);
    double sum = 0, sumSq = 0;
    for (int b = 0; b < BOOTSTRAP; b++) {
      List<ShingleScore.Item> sample = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) sample.add(items.get(random.nextInt(items.size())));
      double f = ShingleScore.summary(sample)[2];
      sum += f;
      sumSq += f * f;
    }
    double mean = sum / BOOTSTRAP;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("f1", round(s[2]));
    out.put("f1Std", round(Math.sqrt(Math.max(0, sumSq / BOOTSTRAP - mean * mean))));
    out.put("precision", round(s[0]));
    out.put("recall", round(s[1]));
    out.put("accuracy", round(s[3]));
    return out;
  }

  private static Map<String, String> peer(ObjectMapper json, Path file) throws IOException {
    JsonNode root = json.readTree(gunzip(file));
    if (root.has("output") && root.get("output").isObject()) root = root.get("output");
    Map<String, String> out = new TreeMap<>();
    for (var it = root.fields(); it.hasNext();) {
      var e = it.next();
      JsonNode body = e.getValue().get("articleBody");
      out.put(e.getKey(), body == null || body.isNull() ? "" : body.asText());
    }
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }

  private static byte[] gunzip(Path p) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return in.readAllBytes();
    }
  }
}
