package verticalkb;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Gives every {@code @QuarkusTest} run a fresh data folder and its own copy of {@code crawlers/}, so tests never
 * see a previous run's database or index and may add catalogue files without touching the real ones.
 */
@QuarkusTestResource(value = TestDataDir.class, restrictToAnnotatedClass = false)
public class TestDataDir implements QuarkusTestResourceLifecycleManager {

  private static Path root;

  /** The run's folder: {@code data/} (kb.data-dir) and {@code crawlers/} (kb.crawlers-dir) are below it. */
  public static Path root() {
    return root;
  }

  @Override
  public Map<String, String> start() {
    try {
      Files.createDirectories(Path.of("target"));
      root = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "kb-test-");
      Path crawlers = Files.createDirectories(root.resolve("crawlers"));
      try (Stream<Path> files = Files.list(Path.of("crawlers"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
          Files.copy(f, crawlers.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
      return Map.of(
          "kb.data-dir", root.resolve("data").toString(),
          "kb.crawlers-dir", crawlers.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {
    // Kept on purpose: the folder under target/ is what one inspects when a test fails; `mvn clean` removes it.
  }
}
