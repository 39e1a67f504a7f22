package verticalkb.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The index's state for operators: documents, schema hash and whether a reindex is required. A required reindex
 * keeps the service ready (the old index serves) but is shown here until POST /api/reindex completes.
 */
@Readiness
@ApplicationScoped
public class IndexHealthCheck implements HealthCheck {

  private final IndexService index;

  IndexHealthCheck(IndexService index) {
    this.index = index;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder b = HealthCheckResponse.named("index").up()
        .withData("schema", index.config().indexHash())
        .withData("reindexRequired", index.reindexRequired())
        .withData("reindex", index.reindexStatus().state());
    try {
      b.withData("documents", index.index().count());
    } catch (IOException e) {
      b.down().withData("error", String.valueOf(e.getMessage()));
    }
    return b.build();
  }
}
