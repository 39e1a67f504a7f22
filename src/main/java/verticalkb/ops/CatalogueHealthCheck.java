package verticalkb.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import verticalkb.Problem.FieldError;
import verticalkb.vertical.Catalogue;

/**
 * Reports which verticals loaded and every catalogue file error. A broken file does not make the service
 * unready (the other verticals serve), but operators see it here.
 */
@Readiness
@ApplicationScoped
public class CatalogueHealthCheck implements HealthCheck {

  private final Catalogue catalogue;

  CatalogueHealthCheck(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public HealthCheckResponse call() {
    Catalogue.ReloadReport report = catalogue.lastReport();
    HealthCheckResponseBuilder b = HealthCheckResponse.named("catalogue").up()
        .withData("loaded", String.join(",", report.loaded()))
        .withData("errors", report.errors().size());
    int i = 0;
    for (FieldError e : report.errors()) {
      b.withData("error." + i++, e.file() + (e.line() == null ? "" : ":" + e.line()) + ": "
          + (e.field().isEmpty() ? "" : e.field() + ": ") + e.message());
    }
    return b.build();
  }
}
