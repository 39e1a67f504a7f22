package verticalkb.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import verticalkb.KbConfig;

/** Ready only while the data folder (index, archive, embedded database) can be written. */
@Readiness
@ApplicationScoped
public class DataDirHealthCheck implements HealthCheck {

  private final KbConfig config;

  DataDirHealthCheck(KbConfig config) {
    this.config = config;
  }

  @Override
  public HealthCheckResponse call() {
    Path dir = config.dataDir().toAbsolutePath().normalize();
    var response = HealthCheckResponse.named("data-dir").withData("path", dir.toString());
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".health", ".tmp");
      Files.delete(probe);
      return response.withData("usableBytes", Files.getFileStore(dir).getUsableSpace()).up().build();
    } catch (IOException | SecurityException e) {
      return response.withData("error", "cannot write to " + dir + ": " + e.getMessage()
          + " — give the service's user write access or set KB_DATA_DIR to a writable folder").down().build();
    }
  }
}
