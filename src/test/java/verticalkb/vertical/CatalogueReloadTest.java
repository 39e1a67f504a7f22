package verticalkb.vertical;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static verticalkb.Api.admin;
import static verticalkb.Api.anonymous;
import static verticalkb.Api.editor;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import verticalkb.TestDataDir;

@QuarkusTest
class CatalogueReloadTest {

  private static Path crawlers() {
    return TestDataDir.root().resolve("crawlers");
  }

  @Test
  void reloadWithABrokenFileAnswers422NamingFileLineAndFieldAndLoadsTheRest() throws IOException {
    Path bad = crawlers().resolve("zz-broken.yaml");
    Files.writeString(bad, "id: zz-broken\nname: Broken\nsources:\n  - kind: feed\n    name: No URL\n");
    try {
      admin().post("/api/verticals/reload").then()
          .statusCode(422)
          .contentType("application/problem+json")
          .body("errors[0].file", containsString("zz-broken.yaml"))
          .body("errors[0].line", equalTo(4))
          .body("errors[0].field", equalTo("sources[0].url"));
      anonymous().get("/q/health/ready").then()
          .statusCode(200)
          .body("checks.find { it.name == 'catalogue' }.data.'error.0'", containsString("zz-broken.yaml:4"));
      anonymous().get("/api/verticals").then().body("items.id", hasItem("healthcare")).body("items.id", not(hasItem("zz-broken")));
    } finally {
      Files.delete(bad);
      admin().post("/api/verticals/reload").then().statusCode(200);
    }
  }

  @Test
  void aVerticalWhoseFileBreaksKeepsItsLastGoodDefinitionAndShowsTheError() throws IOException {
    Path file = crawlers().resolve("zz-keep.yaml");
    Files.writeString(file, "id: zz-keep\nname: Keep Me\nsources:\n  - {kind: feed, name: F, url: https://example.org/f}\n");
    try {
      admin().post("/api/verticals/reload").then().statusCode(200);
      Files.writeString(file, "id: zz-keep\nname: Keep Me\ncolour: red\n");
      admin().post("/api/verticals/reload").then().statusCode(422);
      anonymous().get("/api/verticals/zz-keep").then()
          .statusCode(200)
          .body("name", equalTo("Keep Me"))
          .body("sourceCount", equalTo(1))
          .body("loadError", containsString("colour"));
      Files.writeString(file, "id: zz-keep\nname: Kept\nsources: []\n");
      admin().post("/api/verticals/reload").then().statusCode(200);
      anonymous().get("/api/verticals/zz-keep").then().body("name", equalTo("Kept")).body("loadError", nullValue())
          .body("sourceCount", equalTo(0));
    } finally {
      Files.deleteIfExists(file);
      admin().post("/api/verticals/reload").then().statusCode(200);
    }
    anonymous().get("/api/verticals/zz-keep").then().statusCode(404);
  }

  @Test
  void reloadNeedsAdmin() {
    editor().post("/api/verticals/reload").then().statusCode(403);
    anonymous().post("/api/verticals/reload").then().statusCode(401);
  }

  @Test
  void apiSourcesSurviveAReload() {
    String id = admin().body(java.util.Map.of("kind", "feed", "url", "https://example.org/reload-survivor", "name", "Reload survivor"))
        .post("/api/verticals/government/sources").then().statusCode(201).extract().path("id");
    admin().post("/api/verticals/reload").then().statusCode(200);
    anonymous().get("/api/sources/" + id).then().statusCode(200).body("origin", equalTo("api"));
  }

  @Test
  void reloadingUnchangedFilesWritesNothing() {
    admin().post("/api/verticals/reload").then().statusCode(200);
    String loadedAt = anonymous().get("/api/verticals/healthcare").then().extract().path("loadedAt");
    admin().post("/api/verticals/reload").then().statusCode(200).body("rowsWritten", equalTo(0));
    anonymous().get("/api/verticals/healthcare").then().body("loadedAt", equalTo(loadedAt));
  }

  @Test
  void aChangedSourceIsTheOnlyRowRewritten() throws IOException {
    Path file = crawlers().resolve("zz-diff.yaml");
    Files.writeString(file, "id: zz-diff\nname: Diff\nsources:\n  - {id: a, kind: feed, name: A, url: https://example.org/a}\n"
        + "  - {id: b, kind: feed, name: B, url: https://example.org/b}\n");
    try {
      admin().post("/api/verticals/reload").then().statusCode(200);
      String aUpdated = anonymous().get("/api/sources/zz-diff-a").then().statusCode(200).extract().path("updatedAt");
      Files.writeString(file, "id: zz-diff\nname: Diff\nsources:\n  - {id: a, kind: feed, name: A, url: https://example.org/a}\n"
          + "  - {id: b, kind: feed, name: B, url: https://example.org/b2}\n");
      admin().post("/api/verticals/reload").then().statusCode(200).body("rowsWritten", equalTo(1));
      anonymous().get("/api/sources/zz-diff-a").then().body("updatedAt", equalTo(aUpdated));
      anonymous().get("/api/sources/zz-diff-b").then().body("url", equalTo("https://example.org/b2"));
    } finally {
      Files.deleteIfExists(file);
      admin().post("/api/verticals/reload").then().statusCode(200);
    }
  }
}
