package verticalkb.vertical;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static verticalkb.Api.admin;
import static verticalkb.Api.anonymous;
import static verticalkb.Api.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerticalResourceTest {

  @Test
  void listsTheFourShippedVerticalsWithTheirSourceCounts() {
    anonymous().get("/api/verticals").then()
        .statusCode(200)
        .body("items.id", hasItems("healthcare", "banking", "government", "automotive"))
        .body("total", greaterThanOrEqualTo(4))
        .body("items.find { it.id == 'banking' }.sourceCount", greaterThanOrEqualTo(8))
        .body("items.find { it.id == 'healthcare' }.sourcesByKind.feed", greaterThanOrEqualTo(1));
  }

  @Test
  void showsOneVerticalWithTopicsRegionsAndAccounts() {
    anonymous().get("/api/verticals/healthcare").then()
        .statusCode(200)
        .body("name", equalTo("Healthcare"))
        .body("topics.id", hasItem("telehealth"))
        .body("regions.country", hasItem("IE"))
        .body("accounts.name", hasItem("Mayo Clinic"));
  }

  @Test
  void unknownVerticalIsA404ProblemSayingWhereToLook() {
    anonymous().get("/api/verticals/no-such-vertical").then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404))
        .body("detail", containsString("GET /api/verticals"));
  }

  @Test
  void adminCreatesASourceAndGets201WithItsId() {
    admin().body(Map.of("kind", "feed", "url", "https://news.example.org/rss", "name", "Example Health Weekly"))
        .post("/api/verticals/healthcare/sources").then()
        .statusCode(201)
        .header("Location", containsString("/api/sources/healthcare-example-health-weekly"))
        .body("id", startsWith("healthcare-example-health-weekly"))
        .body("kind", equalTo("feed"))
        .body("origin", equalTo("api"))
        .body("schedule", notNullValue());
  }

  @Test
  void invalidSourceIsA400NamingEveryBadField() {
    admin().body(Map.of("kind", "blog", "url", "ftp://example.org", "scope", Map.of("allow", new String[] {"(unclosed"})))
        .post("/api/verticals/healthcare/sources").then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("kind", "name", "url", "scope.allow[0]"));
  }

  @Test
  void unknownJsonFieldIsA400NamingIt() {
    admin().body(Map.of("kind", "feed", "url", "https://example.org/a", "name", "A", "colour", "red"))
        .post("/api/verticals/healthcare/sources").then()
        .statusCode(400)
        .body("errors[0].field", equalTo("colour"));
  }

  @Test
  void malformedJsonIsA400ThatSaysWhere() {
    admin().body("{\"kind\": ").post("/api/verticals/healthcare/sources").then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("line 1"));
  }

  @Test
  void addingASourceToAnUnknownVerticalIsA404() {
    admin().body(Map.of("kind", "feed", "url", "https://example.org/feed", "name", "X"))
        .post("/api/verticals/nowhere/sources").then()
        .statusCode(404);
  }

  @Test
  void anonymousWriteIsA401WithABasicChallenge() {
    anonymous().body(Map.of("kind", "feed", "url", "https://example.org/feed", "name", "X"))
        .post("/api/verticals/healthcare/sources").then()
        .statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"))
        .contentType("application/problem+json");
  }

  @Test
  void editorCannotManageSources() {
    editor().body(Map.of("kind", "feed", "url", "https://example.org/feed", "name", "X"))
        .post("/api/verticals/healthcare/sources").then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("admin"));
  }

  @Test
  void wrongPasswordIsA401EvenOnOpenReads() {
    io.restassured.RestAssured.given().auth().preemptive().basic("admin", "not-the-password")
        .get("/api/verticals").then()
        .statusCode(401);
  }
}
