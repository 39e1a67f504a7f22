package verticalkb.vertical;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static verticalkb.Api.admin;
import static verticalkb.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SourceResourceTest {

  private String create(String name) {
    return admin().body(Map.of("kind", "site", "url", "https://www.example.com/", "name", name))
        .post("/api/verticals/banking/sources").then().statusCode(201).extract().path("id");
  }

  @Test
  void putChangesOnlyTheFieldsGiven() {
    String id = create("Put target");
    admin().body(Map.of("authority", 0.9, "schedule", "6h")).put("/api/sources/" + id).then()
        .statusCode(200)
        .body("authority", equalTo(0.9f))
        .body("schedule", equalTo("6h"))
        .body("name", equalTo("Put target"));
  }

  @Test
  void putWithABadPatternIsA400AndChangesNothing() {
    String id = create("Bad pattern target");
    admin().body(Map.of("scope", Map.of("deny", new String[] {"[a-"}))).put("/api/sources/" + id).then()
        .statusCode(400)
        .body("errors[0].field", equalTo("scope.deny[0]"));
    anonymous().get("/api/sources/" + id).then().statusCode(200).body("scope.deny", equalTo(null));
  }

  @Test
  void deleteRemovesTheSourceFromItsVertical() {
    String id = create("Delete target");
    admin().delete("/api/sources/" + id).then().statusCode(204);
    anonymous().get("/api/sources/" + id).then().statusCode(404);
    anonymous().get("/api/verticals/banking/sources").then().body("items.id", not(hasItem(id)));
  }

  @Test
  void unknownSourceIsA404OnEveryMethod() {
    anonymous().get("/api/sources/nope").then().statusCode(404);
    admin().body(Map.of("name", "x")).put("/api/sources/nope").then().statusCode(404);
    admin().delete("/api/sources/nope").then().statusCode(404);
  }

  @Test
  void secondSourceWithTheSameNameGetsItsOwnId() {
    String first = create("Twin");
    String second = create("Twin");
    org.assertj.core.api.Assertions.assertThat(second).isNotEqualTo(first).startsWith(first);
  }
}
