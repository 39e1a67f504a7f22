package verticalkb.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verticalkb.KbConfig;

class GazetteerPlaceLookupTest {

  @TempDir
  Path dir;

  private GazetteerPlaceLookup lookup(Path gazetteer, URI downloadUrl) {
    return lookup(gazetteer, downloadUrl, Duration.ZERO);
  }

  private GazetteerPlaceLookup lookup(Path gazetteer, URI downloadUrl, Duration preloadDelay) {
    PlacesConfig places = new PlacesConfig() {
      public Optional<Path> gazetteer() { return Optional.ofNullable(gazetteer); }
      public URI downloadUrl() { return downloadUrl; }
      public URI admin1Url() { return downloadUrl; }
      public boolean download() { return true; }
      public Duration downloadTimeout() { return Duration.ofSeconds(2); }
      public Duration preloadDelay() { return preloadDelay; }
      public Duration loadWait() { return Duration.ofSeconds(20); }
      public double defaultRadiusKm() { return 50; }
      public double densityRadiusKm() { return 25; }
      public double maxRadiusKm() { return 20040; }
      public double zoneRadiusKm() { return 100; }
    };
    // Only the data dir matters here; a proxy keeps this test independent of KbConfig's other keys.
    KbConfig kb = (KbConfig) java.lang.reflect.Proxy.newProxyInstance(KbConfig.class.getClassLoader(),
        new Class<?>[] {KbConfig.class}, (proxy, method, args) -> {
          if (method.getName().equals("dataDir")) return dir.resolve("data");
          throw new UnsupportedOperationException(method.getName());
        });
    return new GazetteerPlaceLookup(places, kb);
  }

  @Test
  void withoutAGazetteerAndWithoutInternetOnlyCoordinatesResolve() {
    // Port 9 on loopback: nothing listens, the download fails at once, as it does on a machine without internet.
    GazetteerPlaceLookup l = lookup(null, URI.create("http://127.0.0.1:9/cities15000.zip"));
    assertThat(l.resolve("Dublin, Ireland", List.of())).isEmpty();
    assertThat(l.resolve("53.35,-6.26", List.of())).get().extracting(PlaceLookup.ResolvedPlace::lat).isEqualTo(53.35);
    assertThat(l.hasGazetteer()).isFalse();
    assertThat(Files.exists(dir.resolve("data/places/cities15000.zip"))).isFalse();
  }

  @Test
  void aZippedGeoNamesDumpLoadsWithItsZones() throws IOException {
    Path txt = SampleGazetteer.write(dir.resolve("sample"));
    Path zip = dir.resolve("sample/cities-sample.zip");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("cities-sample.txt"));
      z.write(Files.readAllBytes(txt));
      z.closeEntry();
    }
    GazetteerPlaceLookup l = lookup(zip, URI.create("http://127.0.0.1:9/unused"));
    assertThat(l.resolve("Chicago, Illinois", List.of())).get().extracting(PlaceLookup.ResolvedPlace::country).isEqualTo("US");
    assertThat(l.timeZoneAt(41.88, -87.63)).contains("America/Chicago");
    assertThat(l.timeZoneAt(0, 0)).isEmpty();
  }

  @Test
  void thePreloadWaitsForItsDelayAfterStartUp() throws Exception {
    java.util.concurrent.atomic.AtomicInteger fetches = new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      fetches.incrementAndGet();
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
    });
    server.start();
    try {
      URI url = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/cities15000.zip");
      GazetteerPlaceLookup l = lookup(null, url, Duration.ofMillis(700));
      l.onStart(null);
      Thread.sleep(300);
      assertThat(fetches.get()).as("nothing is fetched before the delay").isZero();
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (fetches.get() == 0 && System.nanoTime() < deadline) Thread.sleep(20);
      assertThat(fetches.get()).as("the preload ran after the delay, without any look-up").isPositive();
    } finally {
      server.stop(0);
    }
  }
}
