package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static verticalkb.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The SSRF guard at source creation, at fetch time, and after a redirect. */
@QuarkusTest
class SsrfGuardTest {

  @Inject UrlGuard guard;
  @Inject FrontierStore frontier;

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/", "http://localhost/admin", "http://10.1.2.3/", "http://192.168.0.1/",
      "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://224.0.0.1/", "http://0.0.0.0/", "http://[fd00::1]/"})
  void creatingASourceOnAPrivateAddressIsA400NamingTheUrl(String url) {
    admin().body(Map.of("kind", "site", "url", url, "name", "Private " + url))
        .post("/api/verticals/healthcare/sources").then()
        .statusCode(400)
        .body("errors[0].field", equalTo("url"))
        .body("errors[0].message", containsString("SSRF guard"));
  }

  @Test
  void aSourceThatTurnsPrivateIsRefusedAtFetchTimeWithoutARequest() throws IOException {
    try (FixtureServer web = new FixtureServer()) {
      guard.allowOrigin(web.uri("/"));
      String source = Crawls.source("site", web.base() + "/trap/ok", Map.of("maxDepth", 0));
      // Another loopback port: not allowed, as a source whose host now resolves to a private address.
      try (FixtureServer other = new FixtureServer()) {
        admin().body(Map.of("url", web.base() + "/trap/ok")).put("/api/sources/" + source).then().statusCode(200);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
          verticalkb.vertical.Source s = verticalkb.vertical.Source.findById(source);
          s.url = other.base() + "/trap/ok";
        });
        JsonPath run = Crawls.crawl(source);
        assertThat(run.getLong("failed")).isEqualTo(1);
        assertThat(other.hits()).isEmpty();
        String reason = admin().get("/api/crawls/" + run.getString("id") + "/failures").then().extract().path("items[0].reason");
        assertThat(reason).contains("refused").contains("loopback");
      }
    }
  }
}
