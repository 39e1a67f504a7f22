package verticalkb.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start-up to ready, CPU time to ready and idle resident memory of the packaged service on the embedded default
 * (H2), started as a user starts it: the README's run command (which loads the start-up archive that
 * {@code ./mvnw package} writes), the same flags without the archive, and plain {@code java -jar}. Each start runs in
 * the project folder, as the README's command does. Each run of each configuration is a first start on an empty
 * data dir and then a restart on the data dir that start left. "Ready" is the first 200 from /q/health/ready;
 * "idle RSS" is VmRSS after {@value #IDLE_SECONDS} s without requests. Fails when the README's run command no longer
 * uses the flags measured here, or when the archive is missing. {@code -Dbench.options=runs=N} (default
 * {@value #DEFAULT_RUNS}).
 */
public final class StartupBench {

  /** The JVM flags of the README's run command; the benchmark refuses to run when the README says otherwise. */
  static final List<String> README_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:SharedArchiveFile=target/quarkus-app/app.jsa");
  private static final Path ARCHIVE = Path.of("target/quarkus-app/app.jsa");
  private static final int DEFAULT_RUNS = 5;
  private static final int IDLE_SECONDS = 10;
  private static final int READY_TIMEOUT_SECONDS = 120;
  private static final long POLL_MS = 20;
  /** Linux reports process CPU time in clock ticks of 1/100 s (USER_HZ). */
  private static final double TICKS_PER_SECOND = 100.0;
  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  private static final Pattern README_RUN = Pattern.compile("java((?:\\s+-\\S+)*)\\s+-jar\\s+target/quarkus-app/quarkus-run\\.jar");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

  private StartupBench() {}

  /** One start: wall time and CPU time to ready, idle resident memory. */
  private record Start(long readyMs, double cpuSeconds, long idleRssMb) {}

  public static void main(String[] args) throws Exception {
    if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: run ./mvnw -Pbench verify -Dbench=startup (it packages first)");
    if (!Files.exists(ARCHIVE)) throw new IllegalStateException(ARCHIVE + " is missing: package without -Dstartup-archive.skip");
    checkReadme(Path.of("README.md"));
    int runs = runs(System.getProperty("bench.options", ""));
    BenchReport report = new BenchReport("startup");
    report.put("runs", runs).put("loadAverage.before", loadAverage()).put("archiveMb", Files.size(ARCHIVE) >> 20);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "startup-bench-");

    List<String> readme = new ArrayList<>(List.of(java));
    readme.addAll(README_FLAGS);
    measure(report, "readme", readme, work, runs);
    measure(report, "noArchive", readme.stream().filter(f -> !f.startsWith("-XX:SharedArchiveFile=")).toList(), work, runs);
    measure(report, "plain", List.of(java), work, runs);
    report.put("loadAverage.after", loadAverage());
    report.write();
  }

  /** The README's run command must be {@code java <README_FLAGS> -jar target/quarkus-app/quarkus-run.jar}. */
  static void checkReadme(Path readme) throws IOException {
    Matcher m = README_RUN.matcher(Files.readString(readme));
    if (!m.find()) throw new IllegalStateException(readme + " has no 'java ... -jar target/quarkus-app/quarkus-run.jar' run command");
    List<String> flags = List.of(m.group(1).trim().split("\\s+"));
    if (!flags.equals(README_FLAGS)) {
      throw new IllegalStateException(readme + " runs the service with " + flags + " but this benchmark measures "
          + README_FLAGS + ": change one to match the other (StartupBench.README_FLAGS)");
    }
  }

  static int runs(String options) {
    for (String option : options.split(",")) {
      if (option.trim().startsWith("runs=")) return Integer.parseInt(option.trim().substring("runs=".length()));
    }
    return DEFAULT_RUNS;
  }

  private static void measure(BenchReport report, String name, List<String> jvm, Path work, int runs) throws Exception {
    List<Start> first = new ArrayList<>();
    List<Start> restart = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      Path dir = Files.createDirectories(work.resolve(name + "-" + i));
      first.add(startOnce(jvm, dir, "first"));
      restart.add(startOnce(jvm, dir, "restart"));
    }
    String flags = String.join(" ", jvm.subList(1, jvm.size()));
    report.put(name + ".command", ("java " + flags + " -jar " + JAR).replaceAll("\\s+", " "));
    summarise(report, name + ".first", first);
    summarise(report, name + ".restart", restart);
  }

  private static void summarise(BenchReport report, String key, List<Start> starts) {
    List<Long> ready = new ArrayList<>(starts.stream().map(Start::readyMs).toList());
    List<Double> cpu = new ArrayList<>(starts.stream().map(Start::cpuSeconds).toList());
    List<Long> rss = new ArrayList<>(starts.stream().map(Start::idleRssMb).toList());
    Collections.sort(ready);
    Collections.sort(cpu);
    Collections.sort(rss);
    int mid = starts.size() / 2;
    int last = starts.size() - 1;
    report.put(key + ".readyMs.median", ready.get(mid)).put(key + ".readyMs.max", ready.get(last))
        .put(key + ".cpuToReadySeconds.median", cpu.get(mid))
        .put(key + ".idleRssMb.median", rss.get(mid)).put(key + ".idleRssMb.max", rss.get(last));
  }

  private static Start startOnce(List<String> jvm, Path dir, String label) throws Exception {
    int port = freePort();
    Process p = start(jvm, dir, port, dir.resolve(label + ".log"));
    try {
      long t0 = System.nanoTime();
      waitReady(port, p);
      long readyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      double cpu = cpuSeconds(p.pid());
      Thread.sleep(TimeUnit.SECONDS.toMillis(IDLE_SECONDS));
      return new Start(readyMs, cpu, rssKb(p.pid()) / 1024);
    } finally {
      stop(p);
    }
  }

  /** Starts the service in the project folder, as the README's command does: the archive names the jar as given. */
  private static Process start(List<String> jvm, Path dir, int port, Path log) throws IOException {
    List<String> full = new ArrayList<>(jvm);
    full.add("-Dquarkus.http.port=" + port);
    full.add("-Dkb.data-dir=" + dir.resolve("data"));
    full.add("-Dkb.crawlers-dir=" + Path.of("crawlers").toAbsolutePath());
    full.add("-Dkb.index-config-dir=" + Path.of("index-config").toAbsolutePath());
    full.add("-Dkb.security.admin-password=bench-password");
    full.add("-jar");
    full.add(JAR.toString());
    return new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static void waitReady(int port, Process p) throws Exception {
    URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IllegalStateException("the service exited while starting; see its log in target/startup-bench-*");
      try {
        if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(POLL_MS);
    }
    throw new IllegalStateException("not ready within " + READY_TIMEOUT_SECONDS + " s");
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
  }

  /** User plus system CPU time the process has used so far (fields 14 and 15 of /proc/<pid>/stat). */
  private static double cpuSeconds(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
    // the command name (field 2) may hold spaces; the fields after it are counted from its closing parenthesis
    String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(after[11]) + Long.parseLong(after[12])) / TICKS_PER_SECOND;
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
