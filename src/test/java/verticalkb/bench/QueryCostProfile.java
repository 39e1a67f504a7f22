package verticalkb.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import verticalkb.search.SearchRequest;
import verticalkb.search.SearchResult;
import verticalkb.search.Searcher;

/**
 * Where the in-process CPU of the search mix goes, query by query ({@code -Dbench.options=profile}): every query of the
 * mix runs single-threaded several times, with and without facets, and each run's thread CPU is kept (the least of the
 * passes, which drops GC and JIT noise); the report gives the cost distribution and its share by query shape (words,
 * filters, matches), the facets' share, and the costliest queries. On one thread so that load from other processes
 * shows as wall time, not as CPU. Each query's answer (without its time) goes to target/bench/search-answers.ndjson, so
 * that two builds' answers can be compared line by line.
 */
final class QueryCostProfile {

  /** One query of the mix, as the search benchmark defines it. */
  record Shape(String q, String vertical, String type) {}

  private static final int PASSES = 3;
  private static final int TOP = 15;

  private QueryCostProfile() {}

  static void run(BenchReport report, Searcher searcher, List<Shape> queries) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int n = queries.size();
    long[] full = new long[n];
    long[] noFacets = new long[n];
    long[] totals = new long[n];
    Arrays.fill(full, Long.MAX_VALUE);
    Arrays.fill(noFacets, Long.MAX_VALUE);
    // One warm-up pass, then the measured ones.
    for (Shape q : queries) searcher.search(request(q, true));
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long process0 = os.getProcessCpuTime();
    for (int pass = 0; pass < PASSES; pass++) {
      for (int i = 0; i < n; i++) {
        long t0 = threads.getCurrentThreadCpuTime();
        SearchResult r = searcher.search(request(queries.get(i), true));
        long t1 = threads.getCurrentThreadCpuTime();
        searcher.search(request(queries.get(i), false));
        long t2 = threads.getCurrentThreadCpuTime();
        full[i] = Math.min(full[i], t1 - t0);
        noFacets[i] = Math.min(noFacets[i], t2 - t1);
        totals[i] = r.total();
      }
    }
    // The whole process's CPU (garbage collection and JIT included) per search, half of them without facets.
    report.put("profile.processCpuMsPerSearch", Math.round((os.getProcessCpuTime() - process0) / (2.0 * PASSES * n) / 1e3) / 1e3);
    report.put("profile.passes", PASSES);
    report.put("profile.all", stats(full));
    report.put("profile.allWithoutFacets", stats(noFacets));
    report.put("profile.byWords", byGroup(queries, full, noFacets, i -> queries.get(i).q().split(" ").length + " words"));
    report.put("profile.byFilter", byGroup(queries, full, noFacets,
        i -> (queries.get(i).vertical() == null ? "" : "vertical ") + (queries.get(i).type() == null ? "" : "type ") + "filter"));
    report.put("profile.byMatches", byGroup(queries, full, noFacets, i -> matchBucket(totals[i])));
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingLong(i -> -full[i]));
    List<String> costliest = new ArrayList<>();
    for (int k = 0; k < Math.min(TOP, n); k++) {
      int i = order[k];
      Shape q = queries.get(i);
      costliest.add(String.format("%.2f ms (%.2f without facets) total %d: '%s' vertical=%s type=%s", full[i] / 1e6, noFacets[i] / 1e6,
          totals[i], q.q(), q.vertical(), q.type()));
    }
    report.put("profile.costliest", costliest);
    long sum = Arrays.stream(full).sum();
    long topDecile = 0;
    for (int k = 0; k < n / 10; k++) topDecile += full[order[k]];
    report.put("profile.costliestTenthShareOfCpu", Math.round(1000.0 * topDecile / sum) / 1000.0);
    // Every answer but its time, one line a query: two builds' files are equal when their answers are.
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Shape q : queries) {
      SearchResult r = searcher.search(request(q, true));
      lines.add(json.writeValueAsString(new SearchResult(r.total(), r.totalRelation(), 0, r.hits(), r.facets(), r.suggestion(), r.nextCursor(),
          r.reindexRequired())));
    }
    Path answers = Path.of("target", "bench", "search-answers.ndjson");
    Files.createDirectories(answers.getParent());
    Files.write(answers, lines);
    report.put("profile.answers", answers.toAbsolutePath().toString());
  }

  private static SearchRequest request(Shape q, boolean facets) {
    return new SearchRequest(q.q(), q.vertical(), q.type() == null ? List.of() : List.of(q.type()), List.of(), List.of(), null, null, false,
        null, 0, SearchRequest.Sort.relevance, 1, 10, null, facets);
  }

  private static String matchBucket(long total) {
    if (total < 100) return "a: <100 matches";
    if (total < 1_000) return "b: 100-999 matches";
    if (total < 10_000) return "c: 1,000-9,999 matches";
    return "d: 10,000+ matches";
  }

  private static Map<String, Object> byGroup(List<Shape> queries, long[] full, long[] noFacets, Function<Integer, String> key) {
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < queries.size(); i++) groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i);
    long sum = Arrays.stream(full).sum();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> g : groups.entrySet()) {
      long[] f = g.getValue().stream().mapToLong(i -> full[i]).toArray();
      long[] nf = g.getValue().stream().mapToLong(i -> noFacets[i]).toArray();
      Map<String, Object> s = stats(f);
      s.put("meanMsWithoutFacets", Math.round(Arrays.stream(nf).average().orElse(0) / 1e3) / 1e3);
      s.put("shareOfCpu", Math.round(1000.0 * Arrays.stream(f).sum() / sum) / 1000.0);
      out.put(g.getKey(), s);
    }
    return out;
  }

  private static Map<String, Object> stats(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("queries", sorted.length);
    s.put("meanMs", Math.round(Arrays.stream(sorted).average().orElse(0) / 1e3) / 1e3);
    for (double p : new double[] {0.5, 0.9, 0.99}) {
      s.put("p" + Math.round(p * 100) + "Ms", sorted.length == 0 ? 0 : Math.round(sorted[(int) Math.min(sorted.length - 1, p * sorted.length)] / 1e3) / 1e3);
    }
    s.put("maxMs", sorted.length == 0 ? 0 : Math.round(sorted[sorted.length - 1] / 1e3) / 1e3);
    return s;
  }
}
