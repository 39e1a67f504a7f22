package verticalkb.places;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Gives the benchmark (another package) the package-private gazetteer and resolver, as the service uses them. */
public final class PlacesProbe {

  /** Settlements counted around a place to rank namesakes, as {@code kb.places.density-radius-km} defaults. */
  private static final double DENSITY_RADIUS_KM = 25;
  private final Gazetteer gazetteer;
  private final PlaceResolver resolver;

  private PlacesProbe(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.resolver = new PlaceResolver(gazetteer, DENSITY_RADIUS_KM);
  }

  public static PlacesProbe load(Path file) throws IOException {
    return new PlacesProbe(GazetteerFiles.load(file));
  }

  public int size() {
    return gazetteer.size();
  }

  public boolean resolve(String text) {
    return PlaceResolver.coordinates(text).or(() -> resolver.resolve(text, List.of())).isPresent();
  }

  public String describe(String text) {
    return PlaceResolver.coordinates(text).or(() -> resolver.resolve(text, List.of()))
        .map(p -> p.name() + ", " + p.region() + ", " + p.country() + " (" + p.matchedBy() + ")").orElse("(unresolved)");
  }
}
