package verticalkb.security;

import static org.hamcrest.Matchers.containsString;
import static verticalkb.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** A browser on another site cannot make a signed-in admin's browser write to the API; scripts and our own pages can. */
@QuarkusTest
class CrossSiteWritesTest {

  @Test
  void aWriteFromAnotherSitesPageIsRefused() {
    admin().header("Origin", "https://evil.example").post("/api/mail/weekly/run?week=2019-W02").then().statusCode(403)
        .contentType("application/problem+json").body("detail", containsString("https://evil.example"));
    admin().header("Origin", "null").post("/api/verticals/reload").then().statusCode(403);
  }

  @Test
  void scriptsAndOurOwnPagesWrite() {
    admin().post("/api/verticals/reload").then().statusCode(200);
    admin().header("Origin", "http://localhost:" + RestAssured.port).post("/api/verticals/reload").then().statusCode(200);
  }

  @Test
  void readsAreNotConcerned() {
    admin().header("Origin", "https://evil.example").get("/api/verticals").then().statusCode(200);
  }
}
