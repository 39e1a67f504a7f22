package verticalkb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import verticalkb.document.KbDocument;
import verticalkb.index.Analysis;
import verticalkb.index.LuceneIndex;
import verticalkb.index.SchemaLoader;
import verticalkb.search.SearchRequest;
import verticalkb.search.Searcher;

/**
 * Speed on one generated corpus and one query mix: (a) our Searcher in process on the Lucene index (the limit),
 * (b) {@code /api/search} of the packaged service over HTTP, (c) PostgreSQL full-text search (tsvector, GIN,
 * ts_rank) on 127.0.0.1:5432/kb_search, created when missing (skipped with {@code -Dbench.options=no-postgres}, alone with
 * {@code postgres-only}; one table per corpus size, reused when complete), (d) OpenSearch on
 * {@code BENCH_OPENSEARCH_URL} when set ({@link OpenSearchPeer}). Documents: {@code -Dbench.docs} (default 100,000) article-like texts with a
 * log-normal length (median {@value #MEDIAN_WORDS} words) over a Zipfian vocabulary of {@value #VOCABULARY} words.
 * Queries: 1–4 words of mid-frequency ranks; half filtered by vertical, a quarter by type; facets counted.
 * {@code -Dbench.options=app-jfr} records a JFR profile of the service into target/bench/search-app.jfr;
 * {@code BENCH_VARIANT_ARGS="<service arguments>|<other arguments>"} measures this build again with those JVM flags or
 * {@code -D} settings, alternating with its defaults (rounds {@code variantN}, {@code default-again},
 * {@code variantN-again}); {@code http-only}
 * leaves the in-process rounds out.
 * {@code gate-compare} measures the service again with its search gate bounded to the cores ({@code kb.search.max-concurrent});
 * {@code profile} measures nothing else but where the in-process CPU goes, query by query ({@link QueryCostProfile}).
 * HTTP peers (our service, OpenSearch) are measured with two clients, the same for both: the JDK HttpClient
 * ({@code http.*}, {@code opensearch.*}) and {@link KeepAliveClient}, one blocking keep-alive connection per client
 * thread ({@code http-light.*}, {@code opensearch-light.*}); {@code jdk-client} or {@code light-client} keeps one.
 * {@code BENCH_COMPARE_APP=<a quarkus-app folder>} measures another build of the service too, alternating with this
 * one (light client), for A/B comparisons on the same index in the same run. Every configuration reports the CPU the
 * benchmark's JVM spent per query (the searches themselves in process, the client's work over HTTP) and, for the
 * servers, the server process's CPU per query.
 */
public final class SearchBench {

  static final int VOCABULARY = 50_000;
  private static final double ZIPF_EXPONENT = 1.07;
  private static final int MEDIAN_WORDS = 250;
  private static final double LENGTH_SIGMA = 0.8;
  private static final int MIN_WORDS = 20;
  private static final int MAX_WORDS = 5_000;
  private static final int QUERY_RANK_FROM = 50;
  private static final int QUERY_RANK_TO = 20_000;
  private static final int QUERIES = 2_000;
  /** Measured window per engine and client count; {@code -Dbench.run-seconds} lengthens it for slow peers (PostgreSQL at 1M). */
  private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.run-seconds", 15));
  private static final Duration WARMUP = Duration.ofSeconds(5);
  private static final List<String> VERTICALS = List.of("healthcare", "banking", "government", "automotive");
  private static final List<String> TYPES = List.of("publication", "publication", "publication", "event", "expert", "page");
  private static final String[] SYLLABLES = {"ka", "to", "ri", "mu", "ne", "lo", "pa", "vi", "da", "ge", "bo", "fu", "zi", "ha", "te", "ju"};
  private static final int TRACK_TOTAL_HITS = 10_000;
  private static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/kb_search";
  /** Linux's USER_HZ: /proc counts CPU time in hundredths of a second. */
  private static final long NANOS_PER_CLOCK_TICK = 10_000_000L;
  private static final String PG_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  private record Query(String q, String vertical, String type) {}

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    int docs = Integer.parseInt(System.getProperty("bench.docs", "100000"));
    BenchReport report = new BenchReport("search");
    report.put("docs", docs);
    report.put("queryMix", "2000 queries of 1-4 words (uniform) drawn Zipf-weighted from vocabulary ranks " + QUERY_RANK_FROM + ".." + QUERY_RANK_TO
        + "; 50% with a vertical filter, 25% with a type filter; ours: OR of the words, BM25, top 10, 6 facets counted; "
        + "PostgreSQL: the words OR-ed in a tsquery, ts_rank top 10 and a type facet; OpenSearch: match (OR) on a title+body "
        + "english field, same filters, top 10 without the body, one 200-char highlight, 5 terms aggregations and a monthly histogram, "
        + "track_total_hits 10000");
    report.put("loadAverageAtStart", Files.readString(Path.of("/proc/loadavg")).trim());
    String[] words = vocabulary();
    double[] cdf = zipf(VOCABULARY);
    List<Query> queries = queries(words, cdf);
    // "postgres-only": PostgreSQL alone (its table loaded first unless a previous run left it complete), nothing else.
    boolean postgresOnly = System.getProperty("bench.options", "").contains("postgres-only");
    if (postgresOnly) {
      postgresLoadOrReuse(report, docs, words, cdf);
      postgresQueries(report, queries, docs);
      report.write();
      return;
    }
    String options = System.getProperty("bench.options", "");
    boolean jdkClient = !options.contains("light-client");
    boolean lightClient = !options.contains("jdk-client");
    Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "search-bench-");
    Files.createDirectories(work.resolve("data/index"));
    // The generated corpus's index is cached per size and schema, so that a rerun (and the 1M run) skips indexing.
    Path cached = Path.of("target/search-bench-cache").toAbsolutePath()
        .resolve("lucene-" + docs + "-" + Integer.toHexString(Files.readString(Path.of("index-config/schema.yaml")).hashCode()));
    Path complete = cached.resolve("complete");
    Path indexDir = work.resolve("data/index/bench");
    Files.createDirectories(cached);
    Files.createSymbolicLink(indexDir, cached);

    Analysis analysis = new Analysis(new SchemaLoader().load(Path.of("index-config"), "schema.yaml"));
    long t0 = System.nanoTime();
    try (LuceneIndex index = new LuceneIndex(indexDir, analysis, 1.0, 256)) {
      if (Files.exists(complete)) {
        report.put("lucene.indexDocsPerSecond", Long.parseLong(Files.readString(complete).strip()));
        report.put("lucene.indexReusedFrom", cached.toString());
      } else {
        index.deleteAll();
        List<KbDocument> batch = new ArrayList<>();
        for (int i = 0; i < docs; i++) {
          batch.add(document(i, words, cdf));
          if (batch.size() == 1000) {
            index.upsert(batch);
            batch.clear();
          }
        }
        index.upsert(batch);
        index.commit();
        double secs = (System.nanoTime() - t0) / 1e9;
        report.put("lucene.indexDocsPerSecond", Math.round(docs / secs));
        Files.writeString(complete, String.valueOf(Math.round(docs / secs)));
      }
      index.awaitVisible();
      report.put("lucene.indexBytes", index.sizeBytes());
      if (options.contains("profile")) {
        // Where the in-process CPU goes, query by query; nothing else is measured.
        QueryCostProfile.run(report, new Searcher(index, 20, 10_000, TRACK_TOTAL_HITS),
            queries.stream().map(q -> new QueryCostProfile.Shape(q.q(), q.vertical(), q.type())).toList());
        report.put("loadAverageAtEnd", Files.readString(Path.of("/proc/loadavg")).trim());
        report.write();
        return;
      }
      if (!options.contains("http-only")) inProcessQueries(report, "lucene", index, queries);
    }
    Files.writeString(work.resolve("data/index/CURRENT"), "bench");

    Path thisApp = Path.of("target/quarkus-app").toAbsolutePath();
    httpQueries(report, "http", work, queries, options.contains("app-jfr"), List.of(), thisApp, jdkClient, lightClient);
    // In process again, once the service has let the index go: the first round runs on a cold JIT, first thing in the
    // run, so the ratio of HTTP to in process is also taken against a round measured after the HTTP one.
    if (!options.contains("http-only")) {
      try (LuceneIndex index = new LuceneIndex(indexDir, analysis, 1.0, 256)) {
        index.awaitVisible();
        inProcessQueries(report, "lucene-again", index, queries);
      }
    }
    String variants = System.getenv("BENCH_VARIANT_ARGS");
    if (variants != null && !variants.isBlank()) {
      // This build with other service settings (JVM flags or -D properties; variants separated by '|'), alternating
      // with its defaults as gate-compare does: every variant, the defaults again, every variant again.
      List<List<String>> variantArgs = Stream.of(variants.split("\\|")).map(v -> List.of(v.strip().split("\\s+"))).toList();
      for (int i = 0; i < variantArgs.size(); i++) report.put("variant" + (i + 1) + ".args", String.join(" ", variantArgs.get(i)));
      for (int i = 0; i < variantArgs.size(); i++) {
        httpQueries(report, "variant" + (i + 1), work, queries, false, variantArgs.get(i), thisApp, jdkClient, lightClient);
      }
      httpQueries(report, "default-again", work, queries, false, List.of(), thisApp, jdkClient, lightClient);
      for (int i = 0; i < variantArgs.size(); i++) {
        httpQueries(report, "variant" + (i + 1) + "-again", work, queries, false, variantArgs.get(i), thisApp, jdkClient, lightClient);
      }
    }
    if (options.contains("gate-compare")) {
      // The service with its search gate bounded to the core count, then the default (unbounded) again and the gated
      // one again: alternating halves the effect of load that changes during the run.
      List<String> gated = List.of("-Dkb.search.max-concurrent=" + Runtime.getRuntime().availableProcessors());
      httpQueries(report, "http-gated", work, queries, false, gated, thisApp, jdkClient, lightClient);
      httpQueries(report, "http-again", work, queries, false, List.of(), thisApp, jdkClient, lightClient);
      httpQueries(report, "http-gated-again", work, queries, false, gated, thisApp, jdkClient, lightClient);
    }
    String compare = System.getenv("BENCH_COMPARE_APP");
    if (compare != null && !compare.isBlank()) {
      // The other build, this one again, the other again (light client): A, B, A, B with the first http-light round.
      Path other = Path.of(compare).toAbsolutePath();
      report.put("compareApp", other.toString());
      // An older build finds migrations of this one applied to the shared database; they are ignored, not refused.
      List<String> older = List.of("-Dquarkus.flyway.ignore-migration-patterns=*:future");
      httpQueries(report, "compare-other", work, queries, false, older, other, false, true);
      httpQueries(report, "compare-this", work, queries, false, List.of(), thisApp, false, true);
      httpQueries(report, "compare-other-again", work, queries, false, older, other, false, true);
    }

    String openSearch = System.getenv("BENCH_OPENSEARCH_URL");
    if (openSearch != null && !openSearch.isBlank()) {
      OpenSearchPeer peer = new OpenSearchPeer(openSearch, docs);
      long rate = peer.load(docs, i -> document(i, words, cdf));
      if (rate >= 0) report.put("opensearch.indexDocsPerSecond", rate);
      else report.put("opensearch.indexReused", true);
      report.put("opensearch.indexBytes", peer.sizeBytes());
      LongSupplier nodeCpu = processCpu(openSearchProcess(peer.base().getPort()));
      if (jdkClient) {
        for (int clients : new int[] {1, 16}) {
          measure(report, "opensearch.c" + clients, clients, queries, q -> {
            peer.search(q.q(), q.vertical(), q.type());
            return null;
          }, nodeCpu);
        }
      }
      if (lightClient) {
        Map<Query, byte[]> requests = new java.util.HashMap<>();
        for (Query q : queries) {
          requests.put(q, KeepAliveClient.postJson(peer.base().getHost(), peer.base().getPort(), peer.searchPath(), peer.queryBody(q.q(), q.vertical(), q.type())));
        }
        measureLight(report, "opensearch-light", peer.base().getHost(), peer.base().getPort(), queries, requests, nodeCpu);
      }
    } else {
      report.put("opensearch.skipped", "BENCH_OPENSEARCH_URL is not set");
    }

    if (options.contains("no-postgres")) {
      report.put("postgres.skipped", "bench.options=no-postgres");
      report.put("loadAverageAtEnd", Files.readString(Path.of("/proc/loadavg")).trim());
      report.write();
      return;
    }
    postgresLoadOrReuse(report, docs, words, cdf);
    postgresQueries(report, queries, docs);
    report.put("loadAverageAtEnd", Files.readString(Path.of("/proc/loadavg")).trim());
    report.write();
  }

  /** Our Searcher in process on {@code index}, at 1 and 16 clients. */
  private static void inProcessQueries(BenchReport report, String name, LuceneIndex index, List<Query> queries) throws Exception {
    // Counting stops at 10,000 matches, as the service's kb.search.track-total-hits default does.
    Searcher searcher = new Searcher(index, 20, 10_000, TRACK_TOTAL_HITS);
    for (int clients : new int[] {1, 16}) {
      measure(report, name + ".c" + clients, clients, queries, q -> {
        searcher.search(inProcessRequest(q));
        return null;
      }, null);
    }
    if (System.getProperty("bench.options", "").contains("gate-compare")) {
      // 16 clients with at most one search per core at a time, the others waiting first come, first served (as the
      // service's kb.search.max-concurrent does): scheduling alone, without HTTP.
      java.util.concurrent.Semaphore turns = new java.util.concurrent.Semaphore(Runtime.getRuntime().availableProcessors(), true);
      measure(report, name + "-gated.c16", 16, queries, q -> {
        turns.acquire();
        try {
          searcher.search(inProcessRequest(q));
        } finally {
          turns.release();
        }
        return null;
      }, null);
    }
  }

  private static SearchRequest inProcessRequest(Query q) {
    return new SearchRequest(q.q(), q.vertical(), q.type() == null ? List.of() : List.of(q.type()), List.of(), List.of(),
        null, null, false, null, 0, SearchRequest.Sort.relevance, 1, 10, null, true);
  }

  /** Loads the corpus into its own table unless a complete copy is there (each size has one: the 1M load takes long). */
  private static void postgresLoadOrReuse(BenchReport report, int docs, String[] words, double[] cdf) throws Exception {
    createDatabaseIfMissing();
    try (Connection c = DriverManager.getConnection(PG_URL, "postgres", "")) {
      if (postgresHolds(c, docs)) {
        report.put("postgres.indexReused", true);
      } else {
        long p0 = System.nanoTime();
        loadPostgres(c, docs, words, cdf);
        report.put("postgres.indexDocsPerSecond", Math.round(docs / ((System.nanoTime() - p0) / 1e9)));
      }
      try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_total_relation_size('" + table(docs) + "')")) {
        rs.next();
        report.put("postgres.tableAndIndexBytes", rs.getLong(1));
      }
    }
  }

  private static void createDatabaseIfMissing() throws Exception {
    try (Connection c = DriverManager.getConnection(PG_ADMIN_URL, "postgres", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select 1 from pg_database where datname = 'kb_search'")) {
      if (!rs.next()) s.execute("create database kb_search");
    }
  }

  private static String table(int docs) {
    return "bench_docs_" + docs;
  }

  private static void postgresQueries(BenchReport report, List<Query> queries, int docs) throws Exception {
    for (int clients : new int[] {1, 16}) {
      List<Connection> pool = new ArrayList<>();
      for (int i = 0; i < clients; i++) pool.add(DriverManager.getConnection(PG_URL, "postgres", ""));
      ThreadLocal<Connection> mine = new ThreadLocal<>();
      java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
      measure(report, "postgres.c" + clients, clients, queries, q -> {
        Connection c = mine.get();
        if (c == null) {
          c = pool.get(next.getAndIncrement() % clients);
          mine.set(c);
        }
        postgresQuery(c, q, table(docs));
        return null;
      }, null);
      for (Connection c : pool) c.close();
    }
  }

  /**
   * Starts the packaged service of {@code appDir} with {@code appArgs} and measures {@code /api/search} over HTTP at 1 and
   * 16 clients, with the JDK client ({@code name.*}) and the light one ({@code name-light.*}) as asked.
   */
  private static void httpQueries(BenchReport report, String name, Path work, List<Query> queries, boolean jfr, List<String> appArgs,
      Path appDir, boolean jdkClient, boolean lightClient) throws Exception {
    Process app = startApp(work, jfr, appArgs, appDir);
    try {
      int port = Integer.parseInt(Files.readString(work.resolve("port")).strip());
      LongSupplier appCpu = processCpu(app.toHandle());
      if (jdkClient) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        for (int clients : new int[] {1, 16}) {
          measure(report, name + ".c" + clients, clients, queries, q -> {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + searchTarget(q))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) throw new IllegalStateException("HTTP " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8));
            return null;
          }, appCpu);
        }
      }
      if (lightClient) {
        Map<Query, byte[]> requests = new java.util.HashMap<>();
        for (Query q : queries) requests.put(q, KeepAliveClient.get("127.0.0.1", port, searchTarget(q)));
        measureLight(report, name + "-light", "127.0.0.1", port, queries, requests, appCpu);
      }
    } finally {
      app.destroy();
      app.waitFor();
    }
  }

  /** Path and query string of one query of the mix on {@code /api/search}. */
  private static String searchTarget(Query q) {
    StringBuilder url = new StringBuilder("/api/search?size=10&q=" + URLEncoder.encode(q.q(), StandardCharsets.UTF_8));
    if (q.vertical() != null) url.append("&vertical=").append(q.vertical());
    if (q.type() != null) url.append("&type=").append(q.type());
    return url.toString();
  }

  /** Measures prepared requests at 1 and 16 clients, each client thread on its own {@link KeepAliveClient} connection. */
  private static void measureLight(BenchReport report, String name, String host, int port, List<Query> queries, Map<Query, byte[]> requests,
      LongSupplier serverCpu) throws Exception {
    for (int clients : new int[] {1, 16}) {
      List<KeepAliveClient> opened = java.util.Collections.synchronizedList(new ArrayList<>());
      ThreadLocal<KeepAliveClient> mine = ThreadLocal.withInitial(() -> {
        KeepAliveClient c = new KeepAliveClient(host, port);
        opened.add(c);
        return c;
      });
      measure(report, name + ".c" + clients, clients, queries, q -> {
        KeepAliveClient c = mine.get();
        int status = c.send(requests.get(q));
        if (status != 200) throw new IllegalStateException("HTTP " + status + ": " + c.lastBody());
        return null;
      }, serverCpu);
      opened.forEach(KeepAliveClient::close);
    }
  }

  /**
   * CPU time of a process so far (user and system, from {@code /proc/<pid>/stat}, in clock ticks of 10 ms), in
   * nanoseconds, -1 when unreadable; null without a process. ProcessHandle.Info answered a constant for the OpenSearch
   * node, which runs as another user.
   */
  private static LongSupplier processCpu(ProcessHandle p) {
    if (p == null) return null;
    Path stat = Path.of("/proc", String.valueOf(p.pid()), "stat");
    return () -> {
      try {
        String s = Files.readString(stat);
        // Fields after the command name (which may hold spaces): state is [0], utime [11], stime [12].
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * NANOS_PER_CLOCK_TICK;
      } catch (IOException | RuntimeException e) {
        return -1L;
      }
    };
  }

  /**
   * The local OpenSearch node listening on {@code port}, when it runs on this machine (for its CPU per query): of the
   * processes started with that port (a launcher such as runuser carries the same arguments), the one that used most CPU.
   */
  private static ProcessHandle openSearchProcess(int port) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> Arrays.asList(a).contains("-Ehttp.port=" + port)).orElse(false))
        .max(Comparator.comparingLong(p -> processCpu(p).getAsLong())).orElse(null);
  }

  interface Op {
    Void run(Query q) throws Exception;
  }

  /**
   * Runs the mix with n clients: a warm-up, then RUN seconds; records p50, p99 and QPS, the benchmark JVM's CPU per query
   * and, with {@code serverCpu}, the server's.
   */
  private static void measure(BenchReport report, String name, int clients, List<Query> queries, Op op, LongSupplier serverCpu)
      throws Exception {
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int pass = 0; pass < 2; pass++) {
      Duration d = pass == 0 ? WARMUP : RUN;
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long end = System.nanoTime() + d.toNanos();
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int start = c * 97;
        futures.add(pool.submit((Callable<long[]>) () -> {
          long[] lat = new long[1 << 20];
          int n = 0;
          int i = start;
          while (System.nanoTime() < end && n < lat.length) {
            Query q = queries.get(i++ % queries.size());
            long t = System.nanoTime();
            op.run(q);
            lat[n++] = System.nanoTime() - t;
          }
          return Arrays.copyOf(lat, n);
        }));
      }
      long began = System.nanoTime();
      long benchCpu0 = os.getProcessCpuTime();
      long serverCpu0 = serverCpu == null ? -1 : serverCpu.getAsLong();
      List<long[]> all = new ArrayList<>();
      for (Future<long[]> f : futures) all.add(f.get());
      double secs = (System.nanoTime() - began) / 1e9;
      long benchCpu = os.getProcessCpuTime() - benchCpu0;
      long serverCpuUsed = serverCpu == null || serverCpu0 < 0 ? -1 : serverCpu.getAsLong() - serverCpu0;
      pool.shutdown();
      if (pass == 0) continue;
      long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
      report.put(name + ".queries", lat.length);
      double qps = lat.length / secs;
      // Slow peers answer a few queries a second or fewer: keep two decimals there instead of rounding to 0.
      report.put(name + ".qps", qps < 10 ? Math.round(qps * 100) / 100.0 : Math.round(qps));
      report.put(name + ".p50ms", Math.round(lat[lat.length / 2] / 1e4) / 100.0);
      report.put(name + ".p90ms", Math.round(lat[(int) (lat.length * 0.90)] / 1e4) / 100.0);
      report.put(name + ".p99ms", Math.round(lat[(int) (lat.length * 0.99)] / 1e4) / 100.0);
      // The tail beyond p99 tells scheduling stalls (GC pauses, a descheduled thread) from a uniformly slow service.
      report.put(name + ".p999ms", Math.round(lat[(int) (lat.length * 0.999)] / 1e4) / 100.0);
      report.put(name + ".maxms", Math.round(lat[lat.length - 1] / 1e4) / 100.0);
      // In process that is the searches' own CPU; over HTTP, the client's (the server's is measured apart).
      report.put(name + ".benchCpuMsPerQuery", Math.round(benchCpu / 1e4 / lat.length) / 100.0);
      if (serverCpuUsed >= 0) report.put(name + ".serverCpuMsPerQuery", Math.round(serverCpuUsed / 1e4 / lat.length) / 100.0);
    }
  }

  /** Starts the packaged service on the bench's index; {@code jfr} records a profile into target/bench/search-app.jfr. */
  private static Process startApp(Path work, boolean jfr, List<String> appArgs, Path appDir) throws Exception {
    Path jar = appDir.resolve("quarkus-run.jar");
    if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: run ./mvnw -Pbench verify -Dbench=search (it packages first)");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Files.writeString(work.resolve("port"), String.valueOf(port));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
    if (jfr) {
      // JFR cannot create the folder itself: the JVM would stop at start on a fresh checkout.
      Path recording = Path.of("target/bench/search-app.jfr").toAbsolutePath();
      Files.createDirectories(recording.getParent());
      // JFR's default stack depth (64) cuts the service's deep Vert.x/RESTEasy/Lucene stacks.
      command.add("-XX:FlightRecorderOptions:stackdepth=256");
      command.add("-XX:StartFlightRecording=settings=profile,filename=" + recording);
    }
    command.addAll(appArgs);
    command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dkb.data-dir=" + work.resolve("data"),
        "-Dkb.crawlers-dir=" + Path.of("crawlers").toAbsolutePath(), "-Dkb.index-config-dir=" + Path.of("index-config").toAbsolutePath(),
        "-Dkb.places.download=false", "-Dkb.security.admin-password=bench-admin", "-Dquarkus.log.level=WARN", "-jar", jar.toString()));
    Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("app.log").toFile()).start();
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IllegalStateException("the service stopped: see " + work.resolve("app.log"));
      try {
        if (http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=x")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return p;
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    p.destroy();
    throw new IllegalStateException("the service did not answer within 120 s: see " + work.resolve("app.log"));
  }

  private static void loadPostgres(Connection c, int docs, String[] words, double[] cdf) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("drop table if exists " + table(docs));
      s.execute("create table " + table(docs) + " (id text primary key, type text, vertical text, title text, body text, published timestamptz)");
    }
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < docs; i++) {
      KbDocument d = document(i, words, cdf);
      sb.append(d.id()).append('\t').append(d.type()).append('\t').append(d.verticals().getFirst()).append('\t')
          .append(d.title()).append('\t').append(d.text()).append('\t').append(d.published()).append('\n');
      if (sb.length() > (1 << 24) || i == docs - 1) {
        copy.copyIn("copy " + table(docs) + " from stdin", new java.io.StringReader(sb.toString()));
        sb.setLength(0);
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("alter table " + table(docs) + " add column tsv tsvector generated always as "
          + "(setweight(to_tsvector('english', title), 'A') || to_tsvector('english', body)) stored");
      s.execute("create index " + table(docs) + "_tsv on " + table(docs) + " using gin (tsv)");
      s.execute("create index " + table(docs) + "_vertical on " + table(docs) + " (vertical)");
      s.execute("analyze " + table(docs));
      s.execute("comment on table " + table(docs) + " is '" + corpusLabel(docs) + "'");
    }
  }

  /** Whether the size's table already holds this corpus, complete (the label is written after the indexes): the 1M load takes long. */
  private static boolean postgresHolds(Connection c, int docs) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select obj_description(to_regclass('" + table(docs) + "'), 'pg_class')")) {
      return rs.next() && corpusLabel(docs).equals(rs.getString(1));
    }
  }

  private static String corpusLabel(int docs) {
    return "search-bench corpus: " + docs + " documents, vocabulary " + VOCABULARY + ", Zipf " + ZIPF_EXPONENT;
  }

  private static void postgresQuery(Connection c, Query q, String table) throws Exception {
    String tsq = String.join(" | ", q.q().split(" "));
    String filter = (q.vertical() == null ? "" : " and vertical = ?") + (q.type() == null ? "" : " and type = ?");
    try (PreparedStatement top = c.prepareStatement("select id, ts_rank(tsv, q) as r from " + table + ", to_tsquery('english', ?) q where tsv @@ q"
        + filter + " order by r desc limit 10");
        PreparedStatement facet = c.prepareStatement("select type, count(*) from " + table + ", to_tsquery('english', ?) q where tsv @@ q"
            + filter + " group by type")) {
      for (PreparedStatement ps : List.of(top, facet)) {
        int i = 1;
        ps.setString(i++, tsq);
        if (q.vertical() != null) ps.setString(i++, q.vertical());
        if (q.type() != null) ps.setString(i, q.type());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) rs.getString(1);
        }
      }
    }
  }

  static String[] vocabulary() {
    String[] w = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      StringBuilder sb = new StringBuilder();
      int n = i + SYLLABLES.length;
      while (n > 0) {
        sb.append(SYLLABLES[n % SYLLABLES.length]);
        n /= SYLLABLES.length;
      }
      w[i] = sb.append('x').toString();
    }
    return w;
  }

  static double[] zipf(int n) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, ZIPF_EXPONENT);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) cdf[i] /= sum;
    return cdf;
  }

  private static int sample(double[] cdf, Random r) {
    int i = Arrays.binarySearch(cdf, r.nextDouble());
    return Math.min(cdf.length - 1, i < 0 ? -i - 1 : i);
  }

  private static String text(int words, String[] vocab, double[] cdf, Random r) {
    StringBuilder sb = new StringBuilder(words * 8);
    for (int i = 0; i < words; i++) {
      if (i > 0) sb.append(i % 15 == 0 ? ". " : " ");
      sb.append(vocab[sample(cdf, r)]);
    }
    return sb.toString();
  }

  static KbDocument document(int i, String[] vocab, double[] cdf) {
    Random r = new Random(i * 7919L + 17);
    int length = (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, Math.exp(Math.log(MEDIAN_WORDS) + LENGTH_SIGMA * r.nextGaussian())));
    String title = text(4 + r.nextInt(9), vocab, cdf, r);
    String body = text(length, vocab, cdf, r);
    String type = TYPES.get(r.nextInt(TYPES.size()));
    Instant published = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(r.nextInt(3 * 365 * 86400));
    return new KbDocument("doc-" + i, "https://example.org/" + i, type, title, body, null, null, published, null, "en",
        "source-" + r.nextInt(50), List.of(VERTICALS.get(r.nextInt(VERTICALS.size()))), List.of("topic-" + r.nextInt(20)), null,
        null, null, null, null, null, null, null, null, null);
  }

  private static List<Query> queries(String[] vocab, double[] cdf) {
    Random r = new Random(4242);
    List<Query> out = new ArrayList<>();
    double lo = cdf[QUERY_RANK_FROM];
    double hi = cdf[QUERY_RANK_TO];
    for (int i = 0; i < QUERIES; i++) {
      int n = 1 + r.nextInt(4);
      List<String> terms = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        int k = Arrays.binarySearch(cdf, lo + r.nextDouble() * (hi - lo));
        terms.add(vocab[k < 0 ? -k - 1 : k]);
      }
      String vertical = r.nextBoolean() ? VERTICALS.get(r.nextInt(VERTICALS.size())) : null;
      String type = r.nextInt(4) == 0 ? "publication" : null;
      out.add(new Query(String.join(" ", terms), vertical, type));
    }
    return out;
  }
}
