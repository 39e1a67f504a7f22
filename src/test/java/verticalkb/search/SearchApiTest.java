package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import verticalkb.Api;

/** The search API end to end: import, filters, facets, sorts, snippets, cursors, synonyms and bad input. */
@QuarkusTest
class SearchApiTest {

  /** A tag unique to this run, so that queries see only this class's documents. */
  private static final String RUN = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

  private static String doc(String id, String type, String title, String text, String extra) {
    return "{\"id\":\"" + RUN + "-" + id + "\",\"type\":\"" + type + "\",\"title\":\"" + title + " " + RUN + "\",\"text\":\"" + text + "\""
        + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  private static boolean imported;

  @BeforeEach
  void importCorpusOnce() {
    if (imported) return;
    imported = true;
    String now = Instant.now().toString();
    String lastYear = Instant.now().minus(400, ChronoUnit.DAYS).toString();
    String nextMonth = Instant.now().plus(30, ChronoUnit.DAYS).toString();
    String lastMonth = Instant.now().minus(30, ChronoUnit.DAYS).toString();
    StringBuilder body = new StringBuilder();
    body.append(doc("p1", "publication", "Telemedicine reimbursement rules", "Payers now cover telemedicine visits. <script>alert(1)</script> & more.",
        "\"published\":\"" + now + "\",\"verticals\":[\"healthcare\"],\"topics\":[\"telehealth\"],\"source\":\"health-news\"")).append('\n');
    body.append(doc("p2", "publication", "Hospital budgets", "Hospitals plan budgets for the coming year.",
        "\"published\":\"" + lastYear + "\",\"verticals\":[\"healthcare\"],\"source\":\"health-news\"")).append('\n');
    body.append("this is not json\n");
    body.append(doc("e1", "event", "Digital health summit", "A summit on telemedicine in Dublin.",
        "\"verticals\":[\"healthcare\"],\"event\":{\"start\":\"" + nextMonth + "\"},\"place\":{\"name\":\"Dublin\",\"region\":\"IE\",\"lat\":53.35,\"lon\":-6.26}")).append('\n');
    body.append("{\"id\":\"x\",\"type\":\"nonsense\",\"title\":\"t\"}\n");
    body.append(doc("e2", "event", "Past banking forum", "Core banking talks in Chicago.",
        "\"verticals\":[\"banking\"],\"event\":{\"start\":\"" + lastMonth + "\"},\"place\":{\"name\":\"Chicago\",\"region\":\"US\",\"lat\":41.88,\"lon\":-87.63}")).append('\n');
    body.append("\n");
    body.append(doc("x1", "expert", "Dr Ada Byron", "Expert on hospital informatics.", "\"verticals\":[\"healthcare\"]")).append('\n');
    body.append("{\"id\":\"y\",\"type\":\"publication\"}\n");
    for (int i = 0; i < 25; i++) {
      body.append(doc("bulk" + i, "page", "Bulk page " + i, "pagingword content number " + i, "\"verticals\":[\"government\"]")).append('\n');
    }
    Response r = Api.admin().contentType("application/x-ndjson").body(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/documents");
    r.then().statusCode(200);
    assertThat(r.jsonPath().getLong("imported")).isEqualTo(30);
    assertThat(r.jsonPath().getLong("failed")).isEqualTo(3);
    assertThat(r.jsonPath().getList("errors.line", Integer.class)).containsExactly(3, 5, 9);
    assertThat(r.jsonPath().getString("errors[1].message")).contains("type");
    assertThat(r.jsonPath().getString("errors[2].message")).contains("title");
  }

  private static Response search(Map<String, ?> params) {
    return Api.anonymous().queryParams(params).get("/api/search");
  }

  private static List<String> ids(Response r) {
    return r.jsonPath().getList("hits.id", String.class);
  }

  @Test
  void termsFindTheDocumentAndTheShapeIsTheContract() {
    // Other features' tests share this index: the source filter keeps the assertion to this test's documents.
    Response r = search(Map.of("q", "reimbursement", "source", "health-news"));
    r.then().statusCode(200).body("total", equalTo(1)).body("totalRelation", equalTo("eq")).body("hits[0].id", equalTo(RUN + "-p1"))
        .body("hits[0].type", equalTo("publication"));
    assertThat(r.jsonPath().getMap("$")).containsKeys("total", "totalRelation", "tookMs", "hits", "facets", "suggestion");
    assertThat(r.jsonPath().getMap("hits[0]")).doesNotContainKey("text");
  }

  @Test
  void snippetsMarkMatchesAndEscapeHtmlFromTheText() {
    String snippet = search(Map.of("q", "telemedicine " + RUN, "type", "publication")).jsonPath().getString("hits[0].snippet");
    assertThat(snippet).contains("<mark>telemedicine</mark>").contains("&lt;script&gt;").doesNotContain("<script>").contains("&amp;");
  }

  @Test
  void filtersByTypeVerticalSourceAndTopic() {
    assertThat(ids(search(Map.of("q", RUN, "type", "event", "size", "50")))).containsExactlyInAnyOrder(RUN + "-e1", RUN + "-e2");
    assertThat(ids(search(Map.of("q", RUN, "vertical", "banking")))).containsExactly(RUN + "-e2");
    assertThat(ids(search(Map.of("q", RUN, "source", "health-news")))).containsExactlyInAnyOrder(RUN + "-p1", RUN + "-p2");
    assertThat(ids(search(Map.of("q", RUN, "topic", "telehealth")))).containsExactly(RUN + "-p1");
  }

  @Test
  void filtersByDateRangeUpcomingAndPlace() {
    String from = Instant.now().minus(100, ChronoUnit.DAYS).toString();
    assertThat(ids(search(Map.of("q", RUN + " -bulk", "from", from, "type", "publication")))).containsExactly(RUN + "-p1");
    assertThat(ids(search(Map.of("q", RUN, "upcoming", "true")))).containsExactly(RUN + "-e1");
    assertThat(ids(search(Map.of("q", RUN, "near", "53.34,-6.27", "radiusKm", "10")))).containsExactly(RUN + "-e1");
    assertThat(ids(search(Map.of("q", RUN, "near", "40.7,-74.0", "radiusKm", "100")))).isEmpty();
  }

  @Test
  void facetsCountTheMatches() {
    Map<String, Object> facets = search(Map.of("q", RUN)).jsonPath().getMap("facets");
    assertThat((Map<String, Object>) facets.get("type")).containsEntry("page", 25).containsEntry("event", 2).containsEntry("publication", 2);
    assertThat((Map<String, Object>) facets.get("vertical")).containsEntry("government", 25).containsEntry("healthcare", 4);
    assertThat((Map<String, Object>) facets.get("region")).containsEntry("IE", 1).containsEntry("US", 1);
    assertThat(facets).containsKeys("source", "topic", "month");
  }

  @Test
  void sortsByNewestAndByEventStart() {
    assertThat(ids(search(Map.of("q", RUN, "type", "publication", "sort", "newest")))).containsExactly(RUN + "-p1", RUN + "-p2");
    assertThat(ids(search(Map.of("q", RUN, "type", "event", "sort", "start")))).containsExactly(RUN + "-e2", RUN + "-e1");
  }

  @Test
  void syntaxPhrasesExclusionsOrFieldsAndPrefixes() {
    assertThat(ids(search(Map.of("q", "\"hospital budgets\"")))).containsExactly(RUN + "-p2");
    assertThat(ids(search(Map.of("q", "\"budgets hospital\"")))).isEmpty();
    assertThat(ids(search(Map.of("q", RUN + " -pagingword -summit -forum -budgets -informatics -gone")))).containsExactly(RUN + "-p1");
    assertThat(ids(search(Map.of("q", "informatics OR forum", "vertical", "banking", "size", "100")))).contains(RUN + "-e2");
    assertThat(ids(search(Map.of("q", "informatics OR forum", "vertical", "banking", "size", "100")))).doesNotContain(RUN + "-x1");
    assertThat(ids(search(Map.of("q", "informatics OR forum", "vertical", "healthcare", "size", "100")))).contains(RUN + "-x1");
    Response experts = search(Map.of("q", "type:expert", "size", "100"));
    assertThat(ids(experts)).contains(RUN + "-x1");
    assertThat(experts.jsonPath().getList("hits.type", String.class)).containsOnly("expert");
    assertThat(ids(search(Map.of("q", "informat*")))).contains(RUN + "-x1");
  }

  @Test
  void verticalSynonymsApplyAtQueryTime() {
    assertThat(ids(search(Map.of("q", "telehealth", "vertical", "healthcare", "type", "publication")))).contains(RUN + "-p1");
    assertThat(ids(search(Map.of("q", "telehealth", "type", "publication")))).doesNotContain(RUN + "-p1");
  }

  @Test
  void cursorPagingReturnsEveryHitExactlyOnce() {
    for (String sort : List.of("relevance", "newest")) {
      Set<String> seen = new HashSet<>();
      List<String> all = new ArrayList<>();
      String cursor = null;
      do {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("q", "pagingword", "size", "4", "sort", sort));
        if (cursor != null) params.put("cursor", cursor);
        Response r = search(params);
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        all.addAll(ids(r));
        cursor = r.jsonPath().getString("nextCursor");
      } while (cursor != null);
      seen.addAll(all);
      assertThat(all).hasSize(25);
      assertThat(seen).hasSize(25);
    }
  }

  @Test
  void didYouMeanSuggestsIndexedWords() {
    search(Map.of("q", "telemedicne")).then().statusCode(200).body("suggestion", equalTo("telemedicine"));
  }

  @Test
  void badRequestsAnswer400SayingWhere() {
    search(Map.of("q", "\"unclosed phrase")).then().statusCode(400).contentType(containsString("problem+json"))
        .body("detail", containsString("column 1"));
    search(Map.of("q", "a OR")).then().statusCode(400).body("detail", containsString("OR"));
    search(Map.of("q", "x", "size", "101")).then().statusCode(400).body("errors.field", hasItem("size"));
    search(Map.of("q", "x", "page", "zero")).then().statusCode(400);
    search(Map.of("q", "x", "sort", "sideways")).then().statusCode(400);
    search(Map.of("q", "x", "from", "yesterday")).then().statusCode(400);
    search(Map.of("q", "x", "cursor", "garbage!")).then().statusCode(400).body("errors.field", hasItem("cursor"));
    // Valid base64 that decodes to bytes of no sort: the answer says the cursor is not ours, not "issued for sort=<bytes>".
    search(Map.of("q", "x", "cursor", "garbage")).then().statusCode(400)
        .body("detail", equalTo("cursor: is not a cursor this API issued; start again from page 1"));
    search(Map.of("q", "x", "type", "publication,podcast")).then().statusCode(400)
        .body("detail", equalTo("type: 'podcast' is not a type; use one of [publication, event, expert, page]"));
    search(Map.of("q", "x", "near", "Atlantis under the sea")).then().statusCode(400).body("errors.field", hasItem("near"));
    search(Map.of("q", "x", "vertical", "no-such-vertical")).then().statusCode(404);
    // Percent-encoded, 2,001 accented letters make a 12 KB request line: the API's own 400 answers, not the server's bare 414.
    search(Map.of("q", "é".repeat(2001))).then().statusCode(400).body("detail", equalTo("q: is longer than 2000 characters; shorten it"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "title:(          | field 'title' needs a value",
      "title:           | field 'title' needs a value",
      "x -title:(       | field 'title' needs a value",
      "type:            | field 'type' needs a value",
      ":                | nothing that can be searched",
      "-                | nothing that can be searched",
      "(                | nothing that can be searched",
      "\"              | never closed",
      "*                | prefix search needs"})
  void oddQueriesAnswer400NotEverything(String q, String detail) {
    search(Map.of("q", q)).then().statusCode(400).contentType(containsString("problem+json"))
        .body("detail", containsString(detail)).body("detail", containsString("column"));
  }

  @Test
  void proseWithAColonIsStillText() {
    assertThat(ids(search(Map.of("q", "Note: telemedicine " + RUN, "type", "publication")))).contains(RUN + "-p1");
  }

  @Test
  void nothingAUserTypesCausesA500() {
    java.util.Random random = new java.util.Random(42);
    String alphabet = "ab \"-*:ORAND()[]{}~^\\/!?&|+%\u00e9\u4e2d\ud83d\ude00'";
    for (int i = 0; i < 300; i++) {
      StringBuilder q = new StringBuilder();
      int len = random.nextInt(12);
      for (int j = 0; j < len; j++) q.append(alphabet.charAt(random.nextInt(alphabet.length())));
      int status = search(Map.of("q", q.toString())).statusCode();
      assertThat(status).as("q=%s", q).isIn(200, 400);
    }
  }

  @Test
  void documentsCanBeReadRelatedAndDeleted() {
    Api.anonymous().get("/api/documents/" + RUN + "-p1").then().statusCode(200).body("title", containsString("Telemedicine"));
    Api.anonymous().get("/api/documents/" + RUN + "-e1/related").then().statusCode(200);
    Api.anonymous().get("/api/documents/nope-" + RUN).then().statusCode(404).contentType(containsString("problem+json"));
    Api.anonymous().get("/api/documents/nope-" + RUN + "/related").then().statusCode(404);
    Api.admin().body("{\"id\":\"" + RUN + "-gone\",\"type\":\"page\",\"title\":\"Soon gone " + RUN + "\"}").contentType("application/json")
        .post("/api/documents").then().statusCode(200);
    assertThat(ids(search(Map.of("q", "gone")))).containsExactly(RUN + "-gone");
    Api.admin().delete("/api/documents/" + RUN + "-gone").then().statusCode(204);
    Api.admin().delete("/api/documents/" + RUN + "-gone").then().statusCode(404);
    Api.anonymous().get("/api/documents/" + RUN + "-gone").then().statusCode(404);
  }

  @Test
  void anImportLineWithAValueOfTheWrongKindSaysWhichFieldAndWhatItShouldBe() {
    String lines = "{\"id\":\"" + RUN + "-kind\",\"type\":\"publication\",\"title\":[\"A\",\"B\"]}";
    Response r = Api.admin().contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/documents");
    r.then().statusCode(200).body("failed", equalTo(1)).body("errors[0].line", equalTo(1));
    assertThat(r.jsonPath().getString("errors[0].message")).isEqualTo("not a valid document: 'title': expected text, got a list");
  }

  @Test
  void importReadsDatesAsPeopleWriteThemAndRefusesWhatIsNotADateOrAWebAddress() {
    String lines = String.join("\n",
        "{\"id\":\"" + RUN + "-dated\",\"type\":\"publication\",\"title\":\"Date form check\",\"published\":\"2026-11-01\",\"url\":\"https://ex.example/a b|c\"}",
        "{\"id\":\"" + RUN + "-offset\",\"type\":\"event\",\"title\":\"Offset form check\",\"event\":{\"start\":\"2026-11-02T10:00:00+01:00\",\"end\":\"2026-11-02T17:00:00\"}}",
        "{\"id\":\"" + RUN + "-bad\",\"type\":\"publication\",\"title\":\"Bad\",\"published\":\"yesterday\"}",
        "{\"id\":\"" + RUN + "-js\",\"type\":\"publication\",\"title\":\"Js\",\"url\":\"javascript:alert(1)\"}");
    Response r = Api.admin().contentType("application/x-ndjson").body(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/documents");
    r.then().statusCode(200).body("imported", equalTo(2)).body("failed", equalTo(2))
        .body("errors[0].line", equalTo(3)).body("errors[1].line", equalTo(4));
    assertThat(r.jsonPath().getString("errors[0].message")).contains("'published': 'yesterday' is not a date; use 2026-03-01");
    assertThat(r.jsonPath().getString("errors[1].message")).contains("'url' must be an absolute http or https address");
    Api.anonymous().get("/api/documents/" + RUN + "-dated").then().statusCode(200).body("published", equalTo("2026-11-01T00:00:00Z"));
    Api.anonymous().get("/api/documents/" + RUN + "-offset").then().statusCode(200)
        .body("event.start", equalTo("2026-11-02T09:00:00Z")).body("event.end", equalTo("2026-11-02T17:00:00Z"));
  }

  @Test
  void importNeedsAdmin() {
    Api.viewer().body("{}").post("/api/documents").then().statusCode(403);
  }

  @Test
  void verticalsShowIndexStatistics() {
    Api.anonymous().get("/api/verticals/banking").then().statusCode(200).body("index.byType.event", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
  }

  @Test
  void reindexRebuildsFromTheDatabaseWhileSearchesGoOn() throws InterruptedException {
    Api.anonymous().get("/api/reindex").then().statusCode(200).body("reindexRequired", equalTo(false));
    Api.viewer().post("/api/reindex").then().statusCode(403);
    Api.admin().post("/api/reindex").then().statusCode(202).body("state", equalTo("running"));
    String state = "running";
    for (int i = 0; i < 600 && state.equals("running"); i++) {
      assertThat(search(Map.of("q", "reimbursement")).statusCode()).isEqualTo(200);
      Thread.sleep(100);
      state = Api.anonymous().get("/api/reindex").jsonPath().getString("state");
    }
    assertThat(state).isEqualTo("done");
    assertThat(ids(search(Map.of("q", "reimbursement", "source", "health-news")))).containsExactly(RUN + "-p1");
  }
}
