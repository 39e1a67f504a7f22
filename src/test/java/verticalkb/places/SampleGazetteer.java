package verticalkb.places;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small gazetteer in GeoNames' dump format (real coordinates and populations of a few cities, including the
 * ambiguous Dublins and Londons), written for every {@code @QuarkusTest} run so that tests never download one.
 */
@QuarkusTestResource(value = SampleGazetteer.class, restrictToAnnotatedClass = false)
public class SampleGazetteer implements QuarkusTestResourceLifecycleManager {

  /** name, ascii name, lat, lon, country, admin1, population, time zone. */
  private static final String[][] PLACES = {
      {"Dublin", "Dublin", "53.33306", "-6.24889", "IE", "L", "1024027", "Europe/Dublin"},
      {"Swords", "Swords", "53.45972", "-6.21806", "IE", "L", "36924", "Europe/Dublin"},
      {"Dún Laoghaire", "Dun Laoghaire", "53.29395", "-6.13586", "IE", "L", "185400", "Europe/Dublin"},
      {"Cork", "Cork", "51.89797", "-8.47061", "IE", "M", "190384", "Europe/Dublin"},
      {"Galway", "Galway", "53.27194", "-9.04889", "IE", "C", "70686", "Europe/Dublin"},
      {"Dublin", "Dublin", "32.54044", "-82.90375", "US", "GA", "16201", "America/New_York"},
      {"Dublin", "Dublin", "40.09923", "-83.11408", "US", "OH", "49328", "America/New_York"},
      {"Chicago", "Chicago", "41.85003", "-87.65005", "US", "IL", "2720546", "America/Chicago"},
      {"Evanston", "Evanston", "42.04114", "-87.69006", "US", "IL", "74486", "America/Chicago"},
      {"Detroit", "Detroit", "42.33143", "-83.04575", "US", "MI", "677116", "America/Detroit"},
      {"Washington", "Washington", "38.89511", "-77.03637", "US", "DC", "689545", "America/New_York"},
      {"New York City", "New York City", "40.71427", "-74.00597", "US", "NY", "8804190", "America/New_York"},
      {"Boston", "Boston", "42.35843", "-71.05977", "US", "MA", "675647", "America/New_York"},
      {"London", "London", "51.50853", "-0.12574", "GB", "ENG", "8961989", "Europe/London"},
      {"London", "London", "42.98339", "-81.23304", "CA", "08", "422324", "America/Toronto"},
      {"Frankfurt am Main", "Frankfurt am Main", "50.11552", "8.68417", "DE", "05", "650000", "Europe/Berlin"},
      {"Berlin", "Berlin", "52.52437", "13.41053", "DE", "16", "3426354", "Europe/Berlin"},
      {"Paris", "Paris", "48.85341", "2.3488", "FR", "11", "2138551", "Europe/Paris"},
  };
  private static final String ADMIN1 = String.join("\n",
      "IE.L\tLeinster\tLeinster\t7521314", "IE.M\tMunster\tMunster\t7521315", "IE.C\tConnacht\tConnacht\t7521313",
      "US.GA\tGeorgia\tGeorgia\t4197000", "US.OH\tOhio\tOhio\t5165418", "US.IL\tIllinois\tIllinois\t4896861",
      "US.MI\tMichigan\tMichigan\t5001836", "US.DC\tDistrict of Columbia\tDistrict of Columbia\t4138106",
      "US.NY\tNew York\tNew York\t5128638", "US.MA\tMassachusetts\tMassachusetts\t6254926",
      "GB.ENG\tEngland\tEngland\t6269131", "CA.08\tOntario\tOntario\t6093943", "DE.05\tHesse\tHesse\t2905330",
      "DE.16\tBerlin\tBerlin\t2950157", "FR.11\tÎle-de-France\tIle-de-France\t3012874") + "\n";

  /** Writes {@code cities-sample.txt} and {@code admin1CodesASCII.txt} into the folder; answers the dump. */
  public static Path write(Path dir) throws IOException {
    Files.createDirectories(dir);
    StringBuilder sb = new StringBuilder();
    int id = 1;
    for (String[] p : PLACES) {
      sb.append(id++).append('\t').append(p[0]).append('\t').append(p[1]).append("\t\t").append(p[2]).append('\t')
          .append(p[3]).append("\tP\tPPL\t").append(p[4]).append("\t\t").append(p[5]).append("\t\t\t\t").append(p[6])
          .append("\t\t0\t").append(p[7]).append("\t2024-01-01\n");
    }
    Path dump = dir.resolve("cities-sample.txt");
    Files.writeString(dump, sb, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("admin1CodesASCII.txt"), ADMIN1, StandardCharsets.UTF_8);
    return dump;
  }

  @Override
  public Map<String, String> start() {
    try {
      Files.createDirectories(Path.of("target"));
      Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "gazetteer-");
      return Map.of("kb.places.gazetteer", write(dir).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // The folder under target/ stays for inspection, like TestDataDir's.
  }
}
