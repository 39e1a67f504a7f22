package verticalkb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.jsoup.Jsoup;

/**
 * End-to-end crawl throughput: the packaged service (embedded H2, its real pipeline: DB frontier, robots.txt,
 * fetcher, WARC archive, extraction, Documents.upsert and every listener) crawls a generated local site of
 * {@value #PAGES} article pages with the per-host delay at 0. Reports pages/s from POST /api/crawls to "done", the
 * service's peak heap (sampled with jstat), and the ratio to a Jsoup-parse-only pass over the same pages in
 * this JVM (single thread, after warm-up). {@code -Dcrawlbench.jfr=true} records a JFR profile of the service.
 * {@code -Dcrawlbench.pages=realistic} wraps the same articles in the boilerplate of real news pages
 * ({@link RealisticPage}: ~117 KB median instead of ~4.9 KB), generated as they are served; the default is
 * {@code small}, the pages of all earlier runs. {@code -Dcrawlbench.jvm=readme} starts the service with the README's
 * run command's flags (C1 only, serial GC, the start-up archive) instead of {@code plain} {@code java -Xmx1g -jar}, the
 * command of all earlier runs. {@code -Dcrawlbench.warmup=<pages>} first crawls a second generated site of that many
 * articles in the same service (see {@link #WARMUP}) and measures the crawl after it: the figure of a warm service.
 */
public final class CrawlBench {

  static final int PAGES = 10_000;
  static final int SECTIONS = 100;
  private static final int LINKS_PER_ARTICLE = 5;
  /** Distinct bylines: a few pages per author, as on a multi-publication crawl (-Dcrawlbench.authors to change). */
  private static final int AUTHORS = Integer.getInteger("crawlbench.authors", 2500);
  /** Page variants: {@code small} (the article alone, as in every earlier run) or {@code realistic}. */
  private static final String VARIANT = System.getProperty("crawlbench.pages", "small");
  /** The service's JVM flags: {@code plain} (none, as in every earlier run) or {@code readme} (the run command's). */
  private static final String JVM = System.getProperty("crawlbench.jvm", "plain");
  /**
   * Articles of the warm-up crawl (0, the default and every earlier run's: none, a cold service). The warm-up site is
   * another origin (its own port) in another vertical, with article numbers after the measured site's: its URLs, texts,
   * content hashes and fingerprints are all different, so the measured crawl still fetches, archives, extracts and
   * indexes 10,000 new pages, and its experts are built in its own vertical, as in a cold run. Only the JIT's code, the
   * caches of code paths and the warm-up's documents in the index (a larger index, if anything dearer) carry over.
   */
  private static final int WARMUP = Integer.getInteger("crawlbench.warmup", 0);
  /**
   * Pause between the warm-up crawl's end and the measured crawl: the last NRT reopen and merges of the warm-up's
   * documents run after its run reports "done", and their CPU belongs to the warm-up.
   */
  private static final Duration WARMUP_SETTLE = Duration.ofSeconds(3);
  /** The measured site: articles 0 to 9,999, as in every run. */
  private static final Site MEASURED = new Site(0, PAGES);
  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  private static final String PASSWORD = "bench-password";
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SENTENCES = {
      "Virtual visits now account for roughly one in five outpatient encounters at the hospital group.",
      "Clinicians say the main gain is continuity: patients with chronic conditions keep their appointments.",
      "The integration uses HL7 FHIR resources for patients, encounters, medications and allergies.",
      "Finance teams spent months mapping existing workflows to the new reimbursement codes.",
      "Matching patient identities across systems remains the hardest part of the work, engineers say.",
      "Payers have been slower to agree on rates for audio-only visits, which matter most for older patients.",
      "The regional exchange handles around two million messages a month between hospitals and practices.",
      "Security staff say the biggest risk is still phishing aimed at busy clinical staff on night shifts."};

  private static final int WORDS_PER_PARAGRAPH = 40;
  private static final String[] VOCABULARY = ("hospital clinic patient nurse physician payer provider claim denial coding billing "
      + "reimbursement telehealth virtual visit monitoring device sensor record interoperability exchange standard interface "
      + "consent privacy security ransomware vendor contract budget board strategy pilot rollout outcome readmission "
      + "emergency ward bed capacity staffing shortage training workflow documentation scribe model algorithm validation "
      + "governance audit compliance regulation policy minister department region county city rural urban community "
      + "pharmacy medication allergy laboratory imaging radiology oncology cardiology maternity pediatric primary acute "
      + "chronic diabetes asthma stroke heart kidney cancer screening prevention vaccine insurer premium deductible network")
      .split(" ");

  private CrawlBench() {}

  public static void main(String[] args) throws Exception {
    if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: run ./mvnw -Pbench verify -Dbench=crawl (it packages first)");
    if (WARMUP < 0) throw new IllegalArgumentException("-Dcrawlbench.warmup=" + WARMUP + ": a number of pages, 0 for none");
    IntFunction<byte[]> pages = pages(VARIANT, MEASURED);
    BenchReport report = new BenchReport("crawl");
    report.put("pages", PAGES).put("pageVariant", VARIANT).put("serviceJvm", JVM + " " + jvmFlags(JVM)).put("authors", AUTHORS)
        .put("warmupPages", WARMUP);

    AtomicLong served = new AtomicLong();
    HttpServer site = serve(MEASURED, pages, served);
    Site warm = new Site(PAGES, WARMUP);
    HttpServer warmSite = WARMUP > 0 ? serve(warm, pages(VARIANT, warm), new AtomicLong()) : null;

    Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "crawl-bench-");
    Path crawlers = Files.createDirectories(work.resolve("crawlers"));
    writeVertical(crawlers, "bench", "Crawl benchmark", site, PAGES);
    if (warmSite != null) writeVertical(crawlers, "warmup", "Crawl benchmark warm-up", warmSite, WARMUP);
    int port = freePort();
    Process service = start(work, crawlers, port);
    try {
      waitReady(port, service);
      if (warmSite != null) {
        long cpu0 = cpuNanos(service);
        long t0 = System.nanoTime();
        JsonNode run = crawl(port, "warmup-site", service, work);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long fetched = run.get("fetched").asLong();
        report.put("warmupState", run.get("state").asText()).put("warmupFetched", fetched)
            .put("warmupFailed", run.get("failed").asLong()).put("warmupSeconds", round(seconds))
            .put("warmupPagesPerSecond", round(fetched / seconds))
            .put("warmupServiceCpuMsPerPage", round((cpuNanos(service) - cpu0) / 1e6 / Math.max(1, fetched)));
        Thread.sleep(WARMUP_SETTLE);
      }
      HeapSampler heap = new HeapSampler(service.pid());
      Thread sampler = Thread.ofPlatform().daemon().start(heap);
      heap.awaitFirst();
      ThreadCpu threads = new ThreadCpu(service.pid());
      threads.start();
      Thread threadSampler = Thread.ofPlatform().daemon().start(threads);
      long warc0 = dirSize(work.resolve("data/warc"));
      long cpu0 = cpuNanos(service);
      long benchCpu0 = benchCpuNanos();
      long t0 = System.nanoTime();
      JsonNode last = crawl(port, "bench-site", service, work);
      double crawlSeconds = (System.nanoTime() - t0) / 1e9;
      // CPU time per page: unlike pages/s, it hardly depends on what else runs on the machine.
      double serviceCpuMs = (cpuNanos(service) - cpu0) / 1e6;
      double benchCpuMs = (benchCpuNanos() - benchCpu0) / 1e6;
      heap.stop();
      threads.stop = true;
      sampler.join();
      threadSampler.join();
      long fetched = last.get("fetched").asLong();
      report.put("state", last.get("state").asText())
          .put("fetched", fetched)
          .put("failed", last.get("failed").asLong())
          .put("documents", last.get("documents").asLong())
          .put("served", served.get())
          .put("crawlSeconds", round(crawlSeconds))
          .put("pagesPerSecond", round(fetched / crawlSeconds))
          .put("runPagesPerSecond", last.get("pagesPerSecond").asDouble())
          .put("serviceCpuMsPerPage", round(serviceCpuMs / Math.max(1, fetched)))
          .put("fixtureCpuMsPerPage", round(benchCpuMs / Math.max(1, fetched)))
          .put("serviceCpuMsPerPageByThread", threads.perKind(serviceCpuMs, fetched))
          .put("peakHeapMiB", heap.peak / (1024 * 1024))
          .put("warcBytes", dirSize(work.resolve("data/warc")) - warc0);

      ParseOnly parse = parseOnly(pages);
      double parseSeconds = parse.seconds();
      report.put("siteBytes", parse.bytes()).put("meanPageBytes", parse.bytes() / PAGES)
          .put("parseOnlySeconds", round(parseSeconds))
          .put("parseOnlyPagesPerSecond", round(PAGES / parseSeconds))
          .put("ratioToParseOnly", round(crawlSeconds / parseSeconds * ((double) PAGES / Math.max(1, fetched))));
      report.put("goal", ">= 300 pages/s, within 3x of parse-only, heap < 512 MiB")
          .put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim())
          .put("note", "2-core machine shared with other builds; see loadAverage");
    } finally {
      service.destroy();
      if (!service.waitFor(60, TimeUnit.SECONDS)) service.destroyForcibly().waitFor();
      site.stop(0);
      if (warmSite != null) warmSite.stop(0);
    }
    report.write();
  }

  /**
   * A generated site: /index.html → {@value #SECTIONS} section pages → the articles numbered {@code first} to
   * {@code first + pages - 1}, spread evenly over the sections; articles link to {@value #LINKS_PER_ARTICLE} others of
   * the same site.
   */
  record Site(int first, int pages) {

    /** Articles listed by one section page. */
    int perSection() {
      return (pages + SECTIONS - 1) / SECTIONS;
    }
  }

  /** Serves a site on its own loopback port. */
  private static HttpServer serve(Site site, IntFunction<byte[]> pages, AtomicLong served) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    // No executor: the server's own dispatcher thread answers. The crawler sends one request at a time to a host
    // (politeness), so a pool adds a thread hand-off to every request's latency and serves nothing in parallel.
    server.setExecutor(null);
    server.createContext("/", x -> serve(x, site, pages, served));
    server.start();
    return server;
  }

  /** A vertical of one source: the site's start page, depth 3 (start page → sections → articles). */
  private static void writeVertical(Path crawlers, String id, String name, HttpServer site, int pages) throws IOException {
    Files.writeString(crawlers.resolve(id + ".yaml"), """
        id: %s
        name: %s
        sources:
          - id: site
            name: Generated site
            kind: site
            url: http://127.0.0.1:%d/index.html
            scope: {maxDepth: 3, maxPages: %d}
        """.formatted(id, name, site.getAddress().getPort(), Math.max(20_000, 2 * pages)));
  }

  /** Crawls one source through the API and answers the run's last status, once it is no longer queued or running. */
  private static JsonNode crawl(int port, String source, Process service, Path work) throws Exception {
    String id = post(port, "/api/crawls", "{\"source\":\"" + source + "\"}").get("id").asText();
    while (true) {
      JsonNode last = get(port, "/api/crawls/" + id);
      String state = last.get("state").asText();
      if (!state.equals("queued") && !state.equals("running")) return last;
      if (!service.isAlive()) throw new IllegalStateException("the service died; see " + work.resolve("out.log"));
      Thread.sleep(100);
    }
  }

  /** A site's article pages, by number; {@code realistic} ones are generated on demand (1.4 GB for 10,000). */
  private static IntFunction<byte[]> pages(String variant, Site site) {
    switch (variant) {
      case "small" -> {
        List<byte[]> pages = new ArrayList<>(site.pages());
        for (int i = 0; i < site.pages(); i++) pages.add(article(site.first() + i, site).getBytes(StandardCharsets.UTF_8));
        return i -> pages.get(i - site.first());
      }
      case "realistic" -> {
        RealisticPage realistic = new RealisticPage(site.first(), site.pages(), SECTIONS);
        return i -> realistic.wrap(article(i, site), i).getBytes(StandardCharsets.UTF_8);
      }
      default -> throw new IllegalArgumentException("-Dcrawlbench.pages=" + variant + " is not a page variant: use small or realistic");
    }
  }

  private static void serve(HttpExchange x, Site site, IntFunction<byte[]> pages, AtomicLong served) throws IOException {
    served.incrementAndGet();
    String path = x.getRequestURI().getPath();
    byte[] body;
    int status = 200;
    String type = "text/html; charset=utf-8";
    if (path.equals("/robots.txt")) {
      body = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
      type = "text/plain";
    } else if (path.equals("/index.html")) {
      StringBuilder b = new StringBuilder("<html><head><title>Generated health news</title></head><body><h1>Sections</h1><ul>");
      for (int s = 0; s < SECTIONS; s++) b.append("<li><a href=\"/s/").append(s).append(".html\">Section ").append(s).append("</a></li>");
      body = b.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    } else if (path.startsWith("/s/")) {
      body = section(site, Integer.parseInt(path.substring(3, path.length() - 5))).getBytes(StandardCharsets.UTF_8);
    } else if (path.startsWith("/a/")) {
      body = pages.apply(Integer.parseInt(path.substring(3, path.length() - 5)));
    } else {
      body = "not found".getBytes(StandardCharsets.UTF_8);
      status = 404;
    }
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  /** Section page {@code s}: links to its share of the site's articles (none past the site's last). */
  static String section(Site site, int s) {
    StringBuilder b = new StringBuilder("<html><head><title>Section ").append(s).append("</title></head><body><ul>");
    int per = site.perSection();
    for (int i = site.first() + s * per; i < site.first() + Math.min((s + 1) * per, site.pages()); i++) {
      b.append("<li><a href=\"/a/").append(i).append(".html\">Article ").append(i).append("</a></li>");
    }
    return b.append("</ul></body></html>").toString();
  }

  /** A realistic article page: head with metadata, navigation, byline, eight paragraphs, related links, footer. */
  static String article(int i, Site site) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Article ").append(i)
        .append(": telehealth and reimbursement update</title><meta name=\"author\" content=\"").append(author(i))
        .append("\"><meta property=\"article:published_time\" content=\"2026-0").append(1 + i % 9).append("-1").append(i % 10)
        .append("T09:00:00+00:00\"><meta name=\"description\" content=\"").append(SENTENCES[i % SENTENCES.length])
        .append("\"><link rel=\"canonical\" href=\"/a/").append(i).append(".html\"></head><body><header><nav>");
    for (int n = 0; n < 12; n++) b.append("<a href=\"/s/").append((i + n) % SECTIONS).append(".html\">Section ").append(n).append("</a> ");
    b.append("</nav></header><main><article><h1>Article ").append(i).append(": telehealth and reimbursement update</h1>")
        .append("<p class=\"byline\">By ").append(author(i)).append("</p>");
    // Distinct text per page (as real articles are), so that near-duplicate detection sees distinct pages.
    java.util.Random words = new java.util.Random(i);
    for (int p = 0; p < 8; p++) {
      b.append("<p>").append(SENTENCES[(i + p) % SENTENCES.length]).append(' ');
      for (int w = 0; w < WORDS_PER_PARAGRAPH; w++) b.append(VOCABULARY[words.nextInt(VOCABULARY.length)]).append(w % 12 == 11 ? ". " : " ");
      b.append("</p>");
    }
    b.append("</article><aside><h2>Related</h2><ul>");
    for (int l = 1; l <= LINKS_PER_ARTICLE; l++) b.append("<li><a href=\"/a/").append(site.first() + (i - site.first() + l * 97) % site.pages()).append(".html\">Related ").append(l).append("</a></li>");
    return b.append("</ul></aside></main><footer><p>Generated for the crawl benchmark.</p></footer></body></html>").toString();
  }

  private static final String[] FIRST = {"Aoife", "Brian", "Ciara", "David", "Emma", "Fiona", "Gavin", "Hannah", "Ian", "Julia",
      "Kevin", "Laura", "Mark", "Niamh", "Owen", "Paula", "Quinn", "Rachel", "Sean", "Tara", "Una", "Victor", "Wendy", "Xavier",
      "Yvonne", "Zach", "Alice", "Ben", "Chloe", "Dan", "Ellen", "Frank", "Grace", "Hugo", "Iris", "Jack", "Kate", "Liam", "Mia",
      "Noah", "Olivia", "Peter", "Rose", "Sam", "Tom", "Vera", "Will", "Zoe", "Adam", "Beth"};
  private static final String[] LAST = {"Murphy", "Kelly", "Walsh", "Smith", "Byrne", "Ryan", "Carroll", "Doyle", "Lynch", "Nolan",
      "Johnson", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Thomas", "Clark", "Lewis", "Hall", "Young",
      "King", "Wright", "Lopez", "Hill", "Scott", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Perez", "Roberts",
      "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Rogers", "Reed", "Cook",
      "Morgan", "Bell"};

  private static String author(int i) {
    int a = i % AUTHORS;
    return FIRST[a % FIRST.length] + " " + LAST[(a / FIRST.length) % LAST.length];
  }

  private record ParseOnly(double seconds, long bytes) {}

  /** Decoding and parsing each page with Jsoup, timed page by page: producing a page is not part of the figure. */
  private static ParseOnly parseOnly(IntFunction<byte[]> pages) {
    long sink = 0;
    for (int i = 0; i < 2000; i++) sink += Jsoup.parse(new String(pages.apply(i), StandardCharsets.UTF_8), "http://x/").childNodeSize();
    long nanos = 0;
    long bytes = 0;
    for (int i = 0; i < PAGES; i++) {
      byte[] p = pages.apply(i);
      bytes += p.length;
      long t0 = System.nanoTime();
      sink += Jsoup.parse(new String(p, StandardCharsets.UTF_8), "http://x/").childNodeSize();
      nanos += System.nanoTime() - t0;
    }
    if (sink == 42) System.out.print("");
    return new ParseOnly(nanos / 1e9, bytes);
  }

  private static Process start(Path work, Path crawlers, int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g"));
    cmd.addAll(jvmFlags(JVM));
    if (Boolean.getBoolean("crawlbench.jfr")) cmd.add("-XX:StartFlightRecording=filename=" + work.resolve("crawl.jfr") + ",settings=profile");
    cmd.addAll(List.of(
        "-Dquarkus.http.port=" + port,
        "-Dkb.data-dir=" + work.resolve("data"),
        "-Dkb.crawlers-dir=" + crawlers,
        "-Dkb.index-config-dir=" + Path.of("index-config").toAbsolutePath(),
        "-Dkb.security.admin-password=" + PASSWORD,
        "-Dkb.crawl.default-delay=0s",
        "-Dkb.crawl.allow-private-hosts=true",
        "-Dkb.places.download=false",
        "-Dquarkus.scheduler.enabled=false",
        "-jar", JAR.toAbsolutePath().toString()));
    System.out.printf("[bench crawl] service: %s (log: %s)%n", String.join(" ", cmd), work.resolve("out.log"));
    return new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("out.log").toFile()).start();
  }

  private static List<String> jvmFlags(String jvm) {
    return switch (jvm) {
      case "plain" -> List.of();
      // The service runs in its work folder: the archive's path is made absolute.
      case "readme" -> StartupBench.README_FLAGS.stream()
          .map(f -> f.replace("=target/", "=" + Path.of("target").toAbsolutePath() + "/")).toList();
      default -> throw new IllegalArgumentException("-Dcrawlbench.jvm=" + jvm + " is not a JVM choice: use plain or readme");
    };
  }

  /** The process's CPU time so far (user + system, all threads). */
  private static long cpuNanos(Process p) {
    return p.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }

  /** This JVM's CPU time: the fixture site's server, the polling and the heap sampler. */
  private static long benchCpuNanos() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0L;
  }

  private static void waitReady(int port, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IllegalStateException("the service exited while starting; see its out.log");
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("service not ready within 120 s");
  }

  private static String auth() {
    return "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private static JsonNode post(int port, String path, String body) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", auth())
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) throw new IllegalStateException("POST " + path + " answered " + r.statusCode() + ": " + r.body());
    return JSON.readTree(r.body());
  }

  private static JsonNode get(int port, String path) throws Exception {
    // Anonymous (reads are open by default): a Basic-auth poll every 100 ms costs a password hash each time, CPU the
    // service under test would otherwise have.
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  /**
   * Samples the service's used heap (eden, survivor and old spaces, what {@code jvm_memory_used_bytes{area="heap"}}
   * sums) every 200 ms with {@code jstat}, which reads the JVM's shared performance counters: unlike scraping
   * /q/metrics five times a second (the service's executor threads, which also answer the status polls, took 0.18
   * ms of CPU per page with the scrapes and 0.09 without; 0.97 in a run with JFR on), it costs the service nothing.
   */
  private static final class HeapSampler implements Runnable {
    private static final List<String> HEAP_COLUMNS = List.of("S0U", "S1U", "EU", "OU");
    private final Process jstat;
    private final java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
    volatile long peak;

    HeapSampler(long pid) throws IOException {
      String tool = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
      ProcessBuilder b = new ProcessBuilder(tool, "-gc", Long.toString(pid), "200").redirectErrorStream(true);
      // Options given to the service through the environment (JVM flags under test) are not jstat's, and its
      // "Picked up JAVA_TOOL_OPTIONS" line would come before the header this sampler reads.
      b.environment().remove("JAVA_TOOL_OPTIONS");
      jstat = b.start();
    }

    /** Waits for the first sample, so that jstat's own start-up is over before the crawl begins. */
    void awaitFirst() throws InterruptedException {
      if (!first.await(30, TimeUnit.SECONDS)) throw new IllegalStateException("jstat gave no heap sample within 30 s");
    }

    void stop() {
      jstat.destroy();
    }

    @Override
    public void run() {
      try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(jstat.getInputStream(), StandardCharsets.US_ASCII))) {
        List<Integer> columns = null;
        for (String line; (line = lines.readLine()) != null; ) {
          List<String> cells = List.of(line.trim().split("\\s+"));
          if (columns == null) {
            if (!cells.containsAll(HEAP_COLUMNS)) throw new IllegalStateException("unexpected jstat output: " + line);
            columns = HEAP_COLUMNS.stream().map(cells::indexOf).toList();
            continue;
          }
          double kib = 0;
          for (int c : columns) kib += Double.parseDouble(cells.get(c));
          peak = Math.max(peak, (long) (kib * 1024));
          first.countDown();
        }
      } catch (IOException | RuntimeException e) {
        if (jstat.isAlive()) System.out.println("[bench crawl] heap sampling stopped: " + e);
      }
    }
  }

  private static long dirSize(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (var s = Files.list(dir)) {
      return s.mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static double round(double d) {
    return Math.round(d * 10) / 10.0;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
