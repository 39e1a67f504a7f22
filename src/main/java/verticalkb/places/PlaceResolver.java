package verticalkb.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verticalkb.places.PlaceLookup.ResolvedPlace;

/**
 * Resolves free text against a {@link Gazetteer}: "lat,lon" as is; otherwise "name, qualifier, ..." where a
 * qualifier is a country (name or code) or a region (code or name). Ambiguity goes to the country hints (in
 * any of them), then population, then — where the data has none — the number of settlements around (a city has many
 * suburbs, a village few). Pure and thread-safe.
 */
final class PlaceResolver {

  private static final Pattern LAT_LON = Pattern.compile("^\\s*([-+]?\\d{1,2}(?:\\.\\d+)?)\\s*[,;\\s]\\s*([-+]?\\d{1,3}(?:\\.\\d+)?)\\s*$");
  /** Postal codes and house numbers inside an address part ("IL 60601", "D02 X285") are not place names. */
  private static final Pattern DIGITS = Pattern.compile("\\b\\w*\\d\\w*\\b");

  private final Gazetteer gazetteer;
  private final double densityRadiusKm;

  PlaceResolver(Gazetteer gazetteer, double densityRadiusKm) {
    this.gazetteer = gazetteer;
    this.densityRadiusKm = densityRadiusKm;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  /** Coordinates written as "lat,lon"; empty when the text is not that (or out of range). */
  static Optional<ResolvedPlace> coordinates(String text) {
    Matcher m = LAT_LON.matcher(text == null ? "" : text);
    if (!m.matches()) return Optional.empty();
    double lat = Double.parseDouble(m.group(1));
    double lon = Double.parseDouble(m.group(2));
    if (!Geo.validLatLon(lat, lon)) return Optional.empty();
    String name = String.format(Locale.ROOT, "%.5f,%.5f", lat, lon);
    return Optional.of(new ResolvedPlace(name, null, null, lat, lon, -1, "coordinates"));
  }

  Optional<ResolvedPlace> resolve(String text, List<String> countryHints) {
    if (text == null || text.isBlank()) return Optional.empty();
    List<String> parts = new ArrayList<>();
    for (String p : text.split("[,;/|\\n]")) {
      String cleaned = p.strip();
      if (!cleaned.isEmpty()) parts.add(cleaned);
    }
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (Countries.isCountryName(part) && parts.size() > 1) continue;
      Optional<ResolvedPlace> found = resolvePart(part, parts, i, countryHints);
      if (found.isPresent()) return found;
    }
    // "Dublin Ireland", "Chicago IL": no commas; try the last words as qualifiers.
    if (parts.size() == 1) {
      String[] words = parts.get(0).split("\\s+");
      for (int cut = words.length - 1; cut >= 1; cut--) {
        String head = String.join(" ", List.of(words).subList(0, cut));
        String tail = String.join(" ", List.of(words).subList(cut, words.length));
        Optional<ResolvedPlace> found = resolve(head + ", " + tail, countryHints);
        if (found.isPresent()) return found;
      }
    }
    return Optional.empty();
  }

  private Optional<ResolvedPlace> resolvePart(String part, List<String> parts, int index, List<String> hints) {
    String key = Names.key(DIGITS.matcher(part).replaceAll(" "));
    if (key.isEmpty()) return Optional.empty();
    int[] candidates = gazetteer.byKey(key);
    if (candidates.length == 0) return Optional.empty();
    List<String> how = new ArrayList<>();
    // The other parts name the country or the region ("Dublin, Ireland", "Chicago, IL", "Dublin, Georgia").
    for (int q = 0; q < parts.size(); q++) {
      if (q == index) continue;
      String qk = Names.key(DIGITS.matcher(parts.get(q)).replaceAll(" "));
      if (qk.isEmpty()) continue;
      String code = Countries.code(qk).orElse(qk.toUpperCase(Locale.ROOT));
      int[] narrowed = filter(candidates, i -> gazetteer.inRegion(i, qk) || gazetteer.country(i).equals(code));
      if (narrowed.length > 0) {
        candidates = narrowed;
        how.add("'" + parts.get(q) + "' from the text");
      } else if (Countries.isCountryName(parts.get(q))) {
        // A country written out is strict: "Cork, United States" is no Cork at all.
        return Optional.empty();
      }
      // Any other qualifier nothing matches ("Co. Cork", a street) is ignored rather than failing the text.
    }
    int best = candidates[0];
    int bestHint = hintRank(best, hints);
    long bestSize = size(best);
    boolean ranked = candidates.length > 1;
    for (int k = 1; k < candidates.length; k++) {
      int c = candidates[k];
      int h = hintRank(c, hints);
      long s = size(c);
      if (h < bestHint || h == bestHint && s > bestSize) {
        best = c;
        bestHint = h;
        bestSize = s;
      }
    }
    if (ranked) {
      if (bestHint == 0) how.add("in a preferred country " + hints);
      how.add((gazetteer.population(best) >= 0 ? "largest by population" : "most settlements around")
          + " of " + candidates.length + " places named '" + gazetteer.name(best) + "'");
    }
    String matchedBy = "name '" + part + "'" + (how.isEmpty() ? "" : ", " + String.join(", ", how));
    return Optional.of(new ResolvedPlace(gazetteer.name(best), gazetteer.region(best), gazetteer.country(best),
        gazetteer.lat(best), gazetteer.lon(best), gazetteer.population(best), matchedBy));
  }

  /** 0 in one of the hinted countries, 1 elsewhere: hints are equals (a vertical's regions have no order). */
  private int hintRank(int place, List<String> hints) {
    String c = gazetteer.country(place);
    for (String h : hints) if (c.equalsIgnoreCase(h)) return 0;
    return 1;
  }

  private long size(int place) {
    int pop = gazetteer.population(place);
    return pop >= 0 ? pop : gazetteer.neighbours(place, densityRadiusKm);
  }

  private static int[] filter(int[] places, java.util.function.IntPredicate keep) {
    return java.util.Arrays.stream(places).filter(keep).toArray();
  }
}
