package verticalkb.ops;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import verticalkb.KbConfig;

/** Says at start-up, in one line, where the data lives and what the service runs on. */
@ApplicationScoped
public class StartupReport {

  private static final Logger LOG = Logger.getLogger(StartupReport.class);

  private final KbConfig config;
  private final String dbKind;
  private final String dbUrl;

  StartupReport(KbConfig config,
      @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String dbUrl) {
    this.config = config;
    this.dbKind = dbKind;
    this.dbUrl = dbUrl;
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    try {
      Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + config.dataDir().toAbsolutePath()
          + "; set KB_DATA_DIR to a writable folder", e);
    }
    LOG.infof("data: dir=%s database=%s (%s) crawlers=%s index-config=%s demo=%s",
        config.dataDir().toAbsolutePath().normalize(), dbKind, dbUrl.replaceAll("(?i)password=[^;&]*", "password=***"),
        config.crawlersDir().toAbsolutePath().normalize(), config.indexConfigDir().toAbsolutePath().normalize(), config.demo());
  }
}
