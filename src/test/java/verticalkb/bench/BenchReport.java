package verticalkb.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Collects a benchmark's figures, prints them as they come and writes them to {@code target/bench/<name>.json}. */
public final class BenchReport {

  private final String name;
  private final Map<String, Object> figures = new LinkedHashMap<>();

  public BenchReport(String name) {
    this.name = name;
    figures.put("benchmark", name);
    figures.put("at", Instant.now().toString());
    figures.put("cores", Runtime.getRuntime().availableProcessors());
    figures.put("java", System.getProperty("java.version"));
  }

  /** Records one figure and prints it. */
  public BenchReport put(String key, Object value) {
    figures.put(key, value);
    // A benchmark is a command-line program: its figures go to standard output.
    System.out.printf("[bench %s] %s = %s%n", name, key, value);
    return this;
  }

  public Map<String, Object> figures() {
    return figures;
  }

  /** Writes the figures; answers the file. */
  public Path write() throws IOException {
    Path out = Path.of("target", "bench", name + ".json");
    Files.createDirectories(out.getParent());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), figures);
    System.out.printf("[bench %s] written to %s%n", name, out.toAbsolutePath());
    return out;
  }

  /** The shared evaluation data folder ({@code ../shared/benchdata}), failing clearly when it is absent. */
  public static Path benchdata() {
    Path dir = Path.of(System.getProperty("benchdata.dir", "../shared/benchdata"));
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("benchdata not found at " + dir.toAbsolutePath()
          + ": this benchmark needs ../shared/benchdata beside the clone (or -Dbenchdata.dir=...)");
    }
    return dir;
  }
}
