package verticalkb.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static verticalkb.Api.admin;
import static verticalkb.Api.editor;
import static verticalkb.Api.viewer;

import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

  @Test
  void adminCreatesAUserWhoCanThenSignIn() {
    admin().body(Map.of("username", "ada", "password", "a-long-password", "role", "editor"))
        .post("/api/users").then().statusCode(201).body("role", equalTo("editor")).body("password", equalTo(null));
    RestAssured.given().auth().preemptive().basic("ada", "a-long-password").get("/api/verticals").then().statusCode(200);
    RestAssured.given().auth().preemptive().basic("ada", "a-wrong-password").get("/api/verticals").then().statusCode(401);
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    admin().body(Map.of("username", "hash-check", "password", "another-long-password", "role", "viewer"))
        .post("/api/users").then().statusCode(201);
    String stored = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> User.byName("hash-check").password);
    org.assertj.core.api.Assertions.assertThat(stored).startsWith("$2").doesNotContain("another-long-password");
  }

  @Test
  void invalidUserIsA400NamingTheFields() {
    admin().body(Map.of("username", "bad name!", "password", "short", "role", "boss"))
        .post("/api/users").then().statusCode(400)
        .body("errors.field", org.hamcrest.Matchers.hasItems("username", "password", "role"));
  }

  @Test
  void onlyAdminsListOrCreateUsers() {
    editor().get("/api/users").then().statusCode(403);
    viewer().body(Map.of("username", "x", "password", "xxxxxxxxxxxx", "role", "admin")).post("/api/users").then().statusCode(403);
  }

  @Test
  void aUserChangesTheirOwnPasswordButNotTheirRole() {
    admin().body(Map.of("username", "self-service", "password", "first-password-1", "role", "viewer")).post("/api/users").then().statusCode(201);
    var self = RestAssured.given().auth().preemptive().basic("self-service", "first-password-1").contentType("application/json");
    self.body(Map.of("role", "admin")).put("/api/users/self-service").then().statusCode(400);
    RestAssured.given().auth().preemptive().basic("self-service", "first-password-1").contentType("application/json")
        .body(Map.of("password", "second-password-2")).put("/api/users/self-service").then().statusCode(200);
    RestAssured.given().auth().preemptive().basic("self-service", "second-password-2").get("/api/verticals").then().statusCode(200);
  }

  @Test
  void theLastAdminCannotBeRemoved() {
    admin().delete("/api/users/admin").then().statusCode(409);
    admin().get("/api/users").then().body("items.username", hasItem("admin"));
  }

  @Test
  void deletedUserCannotSignIn() {
    admin().body(Map.of("username", "leaver", "password", "leaving-password", "role", "viewer")).post("/api/users").then().statusCode(201);
    admin().delete("/api/users/leaver").then().statusCode(204);
    admin().get("/api/users").then().body("items.username", not(hasItem("leaver")));
    RestAssured.given().auth().preemptive().basic("leaver", "leaving-password").get("/api/verticals").then().statusCode(401)
        .header("WWW-Authenticate", startsWith("Basic"));
  }
}
