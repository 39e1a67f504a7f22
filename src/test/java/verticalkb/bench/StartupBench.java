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

/**
 * Start-up to ready and idle resident memory of the packaged service on the embedded default (H2), as a user runs
 * it: {@code java [-XX:AOTCache=app.aot] -jar target/quarkus-app/quarkus-run.jar}. Each configuration starts
 * {@value #RUNS} times on a fresh data dir; "ready" is the first 200 from /q/health/ready, "idle RSS" is VmRSS
 * after {@value #IDLE_SECONDS} s without requests.
 */
public final class StartupBench {

  private static final int RUNS = 5;
  private static final int IDLE_SECONDS = 10;
  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

  private StartupBench() {}

  public static void main(String[] args) throws Exception {
    if (!Files.exists(JAR)) throw new IllegalStateException(JAR + " is missing: run ./mvnw -Pbench verify -Dbench=startup (it packages first)");
    BenchReport report = new BenchReport("startup");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "startup-bench-");
    measure(report, "plain", List.of(java, "-jar", JAR.toAbsolutePath().toString()), work);
    if (Runtime.version().feature() >= 25) {
      Path cache = work.resolve("app.aot");
      train(List.of(java, "-XX:AOTCacheOutput=" + cache, "-jar", JAR.toAbsolutePath().toString()), work.resolve("train"));
      measure(report, "aot", List.of(java, "-XX:AOTCache=" + cache, "-jar", JAR.toAbsolutePath().toString()), work);
    }
    report.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
    report.write();
  }

  private static void measure(BenchReport report, String name, List<String> command, Path work) throws Exception {
    List<Long> readyMs = new ArrayList<>();
    List<Long> rssMb = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) {
      Path dir = Files.createDirectories(work.resolve(name + "-" + i));
      int port = freePort();
      Process p = start(command, dir, port);
      try {
        long t0 = System.nanoTime();
        waitReady(port, p);
        readyMs.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
        Thread.sleep(IDLE_SECONDS * 1000L);
        rssMb.add(rssKb(p.pid()) / 1024);
      } finally {
        stop(p);
      }
    }
    Collections.sort(readyMs);
    Collections.sort(rssMb);
    report.put(name + ".readyMs.median", readyMs.get(RUNS / 2)).put(name + ".readyMs.max", readyMs.get(RUNS - 1))
        .put(name + ".idleRssMb.median", rssMb.get(RUNS / 2)).put(name + ".idleRssMb.max", rssMb.get(RUNS - 1))
        .put(name + ".command", String.join(" ", command.subList(1, command.size())));
  }

  private static void train(List<String> command, Path dir) throws Exception {
    Files.createDirectories(dir);
    int port = freePort();
    Process p = start(command, dir, port);
    waitReady(port, p);
    for (String path : List.of("/api/verticals", "/api/verticals/healthcare", "/q/health/ready")) {
      HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.discarding());
    }
    stop(p); // the JVM writes the AOT cache as it exits
  }

  private static Process start(List<String> command, Path dir, int port) throws IOException {
    List<String> full = new ArrayList<>(command.subList(0, command.size() - 2));
    full.add("-Dquarkus.http.port=" + port);
    full.add("-Dkb.data-dir=" + dir.resolve("data"));
    full.add("-Dkb.crawlers-dir=" + Path.of("crawlers").toAbsolutePath());
    full.add("-Dkb.index-config-dir=" + Path.of("index-config").toAbsolutePath());
    full.add("-Dkb.security.admin-password=bench-password");
    full.addAll(command.subList(command.size() - 2, command.size()));
    return new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("out.log").toFile()).start();
  }

  private static void waitReady(int port, Process p) throws Exception {
    URI ready = URI.create("http://127.0.0.1:" + port + "/q/health/ready");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new IllegalStateException("the service exited while starting; see its out.log");
      try {
        if (HTTP.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("not ready within 60 s");
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy();
    if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
    }
    throw new IllegalStateException("no VmRSS for " + pid);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
