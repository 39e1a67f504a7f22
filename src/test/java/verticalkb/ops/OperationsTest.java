package verticalkb.ops;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static verticalkb.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

  @Test
  void readinessChecksTheDatabaseTheDataDirAndTheCatalogue() {
    anonymous().get("/q/health/ready").then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItems("data-dir", "catalogue", "Database connections health check"));
  }

  @Test
  void openApiDescribesTheCatalogueEndpoints() {
    anonymous().get("/q/openapi?format=json").then()
        .statusCode(200)
        .body("paths.keySet()", hasItems("/api/verticals", "/api/verticals/{id}", "/api/verticals/{id}/sources", "/api/sources/{id}"));
  }

  @Test
  void metricsAreInPrometheusFormat() {
    anonymous().accept("text/plain").get("/q/metrics").then()
        .statusCode(200)
        .contentType(containsString("text/plain"))
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void swaggerUiIsServed() {
    anonymous().get("/q/swagger-ui/").then().statusCode(200);
  }
}
