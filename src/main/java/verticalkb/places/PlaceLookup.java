package verticalkb.places;

import java.util.List;
import java.util.Optional;

/**
 * Resolves free-text places ("Dublin, Ireland", "Chicago, IL", "Cork", "53.35,-6.26") to coordinates, offline.
 * Implemented by the places feature on a real gazetteer; search, events and experts use it for {@code near}.
 */
public interface PlaceLookup {

  /** A resolved place and how it was chosen (so that answers can say which Dublin was used). */
  record ResolvedPlace(String name, String region, String country, double lat, double lon, long population,
      String matchedBy) {}

  /**
   * The best place for the text, preferring the given ISO country codes (the vertical's regions, the page's
   * address) when the name is ambiguous; empty when nothing matches.
   */
  Optional<ResolvedPlace> resolve(String text, List<String> countryHints);
}
