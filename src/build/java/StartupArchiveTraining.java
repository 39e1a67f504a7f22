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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Writes the start-up class archive of the packaged service by starting it once, on a scratch data dir, until ready. */
public final class StartupArchiveTraining {

  // Run by `./mvnw package` (pom.xml, profile startup-archive) as a single-file program: it needs no compiled test
  // classes, so it works with -DskipTests and -Dmaven.test.skip alike.
  //
  // JDK 25+ writes an AOT cache (JEP 483/514: classes loaded *and linked*, plus method profiles); JDK 21-24 a dynamic
  // CDS archive (classes loaded). Both load with the same run-command flag, -XX:SharedArchiveFile, which every JDK
  // since 13 knows, so the README's command is the same on each; a JVM that cannot use the file says so once and
  // starts without it.

  private static final int AOT_CACHE_FEATURE = 25;
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
  // writing an AOT cache runs a second JVM that assembles it: a minute on two busy cores
  private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(10);
  private static final long POLL_MS = 50;
  // what a newcomer's first minute touches, so that serving it is in the archive too
  private static final List<String> WARM_UP = List.of("/q/health/ready", "/api/verticals", "/api/verticals/healthcare");

  private StartupArchiveTraining() {}

  /** Arguments: the archive to write, the service jar, the scratch folder, then the run command's JVM flags. */
  public static void main(String[] args) throws Exception {
    if (args.length < 3) throw new IllegalArgumentException("usage: StartupArchiveTraining <archive> <jar> <scratch dir> [jvm flags...]");
    Path archive = Path.of(args[0]);
    Path jar = Path.of(args[1]);
    Path scratch = Path.of(args[2]).toAbsolutePath(); // H2 refuses a data dir relative to the working directory
    List<String> flags = List.of(args).subList(3, args.length);
    if (!Files.exists(jar)) throw new IllegalStateException(jar + " is missing: package the service first");

    Files.deleteIfExists(archive); // an archive of an older build would only be refused
    deleteTree(scratch);
    Files.createDirectories(scratch);
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java")); // the JDK that built the jar runs it
    command.addAll(flags);
    command.add((Runtime.version().feature() >= AOT_CACHE_FEATURE ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + archive);
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dkb.data-dir=" + scratch.resolve("data"));
    command.add("-Dkb.security.admin-password=archive-training"); // no generated password in a log nobody reads
    command.add("-Dkb.places.download=false");
    command.add("-jar");
    command.add(jar.toString()); // as the run command names it: the archive records the class path as given

    long t0 = System.nanoTime();
    Path log = scratch.resolve("service.log");
    Process service = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      waitReady(service, port, log);
      HttpClient http = HttpClient.newHttpClient();
      for (String path : WARM_UP) {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.discarding());
      }
    } finally {
      service.destroy(); // a normal exit: the JVM writes the archive as it stops
      if (!service.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) service.destroyForcibly().waitFor();
    }
    if (!Files.exists(archive)) {
      throw new IllegalStateException("no start-up archive was written; see " + log + " (-Dstartup-archive.skip=true packages without it)");
    }
    System.out.printf("[startup-archive] %s written (%d MB) in %d s by %s%n", archive, Files.size(archive) >> 20,
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), String.join(" ", command.subList(1, command.size())));
    deleteTree(scratch.resolve("data"));
  }

  private static void waitReady(Process service, int port, Path log) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).timeout(Duration.ofSeconds(1)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!service.isAlive()) throw new IllegalStateException("the service exited while starting; see " + log);
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(POLL_MS);
    }
    throw new IllegalStateException("the service was not ready within " + READY_TIMEOUT.toSeconds() + " s; see " + log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
