package verticalkb.places;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import verticalkb.ProblemException;
import verticalkb.places.PlaceLookup.ResolvedPlace;
import verticalkb.vertical.CatalogueModel.Region;
import verticalkb.vertical.Vertical;

/**
 * Turns {@code near} and {@code radiusKm} of a request into areas to filter by: a place (resolved with the
 * vertical's countries as hints), "lat,lon", or {@code local} — the vertical's own regions, each a centre and
 * radius (or a whole country where the file names no place).
 */
@ApplicationScoped
public class Areas {

  /** The {@code near} value that means "the vertical's own regions". */
  public static final String LOCAL = "local";

  /** A circle around a place, or (no centre) a whole country; {@code matchedBy} says how the place was found. */
  public record Area(String name, Double lat, Double lon, double radiusKm, String country, String matchedBy) {

    /** Whether something at these coordinates (or, lacking them, in this country) lies in the area. */
    public boolean contains(Double atLat, Double atLon, String atCountry) {
      if (lat != null && lon != null) {
        return atLat != null && atLon != null && Geo.distanceKm(lat, lon, atLat, atLon) <= radiusKm;
      }
      return country != null && country.equalsIgnoreCase(atCountry);
    }
  }

  private final PlaceLookup places;
  private final PlacesConfig config;

  Areas(PlaceLookup places, PlacesConfig config) {
    this.places = places;
    this.config = config;
  }

  /** The vertical's countries, first to last as its file lists them: the hints for ambiguous names. */
  public List<String> countryHints(Vertical v) {
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    if (v != null && v.regions != null) {
      for (Region r : v.regions) if (r.country() != null) codes.add(r.country().toUpperCase(Locale.ROOT));
    }
    return List.copyOf(codes);
  }

  /** The vertical's regions as areas: its default meaning of "local". */
  public List<Area> local(Vertical v) {
    List<Area> out = new ArrayList<>();
    if (v.regions == null) return out;
    List<String> hints = countryHints(v);
    for (Region r : v.regions) {
      double radius = r.radiusKm() != null ? r.radiusKm() : config.defaultRadiusKm();
      if (r.lat() != null && r.lon() != null) {
        out.add(new Area(r.name(), r.lat(), r.lon(), radius, r.country(), "coordinates in the vertical's file"));
        continue;
      }
      Optional<ResolvedPlace> p = r.place() == null ? Optional.empty()
          : places.resolve(r.place(), r.country() != null ? List.of(r.country()) : hints);
      if (p.isPresent()) {
        out.add(new Area(p.get().name(), p.get().lat(), p.get().lon(), radius, p.get().country(), p.get().matchedBy()));
      } else if (r.country() != null) {
        out.add(new Area(r.name(), null, null, radius, r.country().toUpperCase(Locale.ROOT), "country of the region"));
      }
    }
    return out;
  }

  /**
   * The areas a request asks for; empty when it sets no {@code near}. A place that does not resolve, or a radius
   * out of range, is a 400 that says what to send instead.
   */
  public Optional<List<Area>> forRequest(Vertical v, String near, Double radiusKm) {
    if (radiusKm != null && (radiusKm.isNaN() || radiusKm <= 0 || radiusKm > config.maxRadiusKm())) {
      throw ProblemException.badRequest("radiusKm", "must be a number of kilometres above 0 and at most "
          + config.maxRadiusKm() + "; got " + radiusKm);
    }
    if (near == null || near.isBlank()) {
      if (radiusKm != null) throw ProblemException.badRequest("near", "radiusKm needs near (a place, 'lat,lon' or 'local')");
      return Optional.empty();
    }
    if (near.strip().equalsIgnoreCase(LOCAL)) {
      List<Area> local = local(v);
      if (local.isEmpty()) {
        throw ProblemException.badRequest("near", "vertical '" + v.id + "' defines no regions, so 'local' means nothing;"
            + " name a place instead (a city or 'lat,lon')");
      }
      if (radiusKm == null) return Optional.of(local);
      return Optional.of(local.stream().map(a -> new Area(a.name(), a.lat(), a.lon(), radiusKm, a.country(), a.matchedBy())).toList());
    }
    ResolvedPlace p = places.resolve(near, countryHints(v)).orElseThrow(() -> ProblemException.badRequest("near",
        "cannot resolve the place '" + near + "'" + (places instanceof GazetteerPlaceLookup g && !g.hasGazetteer()
            ? " (no gazetteer is loaded, see the log: only 'lat,lon' works)" : "")
        + "; write a city with its country or region ('Dublin, Ireland', 'Chicago, IL'), 'lat,lon', or 'local'"));
    double radius = radiusKm != null ? radiusKm : config.defaultRadiusKm();
    return Optional.of(List.of(new Area(p.name(), p.lat(), p.lon(), radius, p.country(), p.matchedBy())));
  }

  /** Whether the point is in any of the areas. */
  public static boolean inAny(List<Area> areas, Double lat, Double lon, String country) {
    for (Area a : areas) if (a.contains(lat, lon, country)) return true;
    return false;
  }
}
