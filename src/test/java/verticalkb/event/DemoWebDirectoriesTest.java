package verticalkb.event;

import static org.assertj.core.api.Assertions.assertThat;
import static verticalkb.Api.admin;
import static verticalkb.Api.anonymous;

import biweekly.Biweekly;
import biweekly.ICalendar;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verticalkb.crawl.UrlGuard;
import verticalkb.demo.DemoSite;

/**
 * End to end on the bundled demo web: crawl its events calendar, expert directory, a second site's event listing
 * and a feed through the real crawler and extractors, then ask the directories through the API.
 */
@QuarkusTest
class DemoWebDirectoriesTest {

  private static final String V = "healthcare";
  private static HttpServer web;
  private static boolean crawled;

  @Inject
  UrlGuard guard;

  @BeforeAll
  static void serve() throws IOException {
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    web.createContext("/", exchange -> {
      String base = "http://127.0.0.1:" + web.getAddress().getPort();
      DemoSite.Content c = DemoSite.get(exchange.getRequestURI().getPath(), base);
      byte[] body = c == null ? "not found".getBytes() : c.body();
      exchange.getResponseHeaders().set("Content-Type", c == null ? "text/plain" : c.contentType());
      exchange.sendResponseHeaders(c == null ? 404 : 200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    web.start();
  }

  @AfterAll
  static void stop() {
    web.stop(0);
  }

  private static String base() {
    return "http://127.0.0.1:" + web.getAddress().getPort();
  }

  private void crawlOnce() {
    if (crawled) return;
    crawled = true;
    guard.allowOrigin(URI.create(base() + "/"));
    String[][] sources = {{"events", "/demo/events/", "1"}, {"experts", "/demo/experts/", "1"},
        {"site", "/demo/irish-health-tech/events.html", "0"}, {"feed", "/demo/healthit-weekly/feed.xml", "1"}};
    for (String[] s : sources) {
      String id = admin().body(Map.of("kind", s[0], "url", base() + s[1], "name", "Demo " + s[1] + " " + System.nanoTime(),
          "scope", Map.of("maxDepth", Integer.parseInt(s[2])))).post("/api/verticals/" + V + "/sources").then()
          .statusCode(201).extract().path("id");
      String run = admin().body(Map.of("source", id)).post("/api/crawls").then().statusCode(202).extract().path("id");
      long deadline = System.currentTimeMillis() + 60_000;
      while (List.of("queued", "running").contains(admin().get("/api/crawls/" + run).then().extract().path("state"))) {
        assertThat(System.currentTimeMillis()).as("crawl of " + s[1]).isLessThan(deadline);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  private JsonPath get(String path) {
    crawlOnce();
    return anonymous().get("/api/verticals/" + V + path).then().statusCode(200).extract().jsonPath();
  }

  @Test
  void twoJohnMurphysAtDifferentOrganisationsStayTwo() {
    List<Map<String, Object>> murphys = get("/experts?size=200").getList("items.findAll { it.name == 'John Murphy' }");
    assertThat(murphys).extracting(m -> m.get("affiliation"))
        .containsExactlyInAnyOrder("Beacon Health Partners", "Lakeshore Medical Group");
  }

  @Test
  void aoifeBrennanAsAuthorListedAndSpeakerIsOneExpertWithHerEvidence() {
    List<Map<String, Object>> aoife = get("/experts?size=200").getList("items.findAll { it.name.contains('Aoife Brennan') }");
    assertThat(aoife).hasSize(1);
    Map<String, Object> e = aoife.get(0);
    assertThat(e.get("affiliation")).asString().contains("Brigid");
    assertThat((Integer) e.get("evidenceCount")).isGreaterThanOrEqualTo(3);
    JsonPath one = anonymous().get("/api/experts/" + e.get("id")).then().statusCode(200).extract().jsonPath();
    assertThat(one.getList("evidence.role", String.class)).contains("speaker", "listed");
    assertThat(one.getString("place.country")).isEqualTo("IE");
  }

  @Test
  void eventsHaveTheirZonesAndTheSummitOnTwoSitesIsOne() {
    JsonPath events = get("/events?size=500");
    List<Map<String, Object>> summit = events.getList("items.findAll { it.name.startsWith('Digital Health Summit') }");
    assertThat(summit).hasSize(1);
    assertThat(summit.get(0)).containsEntry("start", "2026-06-16T09:00:00+01:00").containsEntry("timeZone", "Europe/Dublin");
    assertThat((List<?>) summit.get(0).get("urls")).hasSizeGreaterThanOrEqualTo(2);
    Map<String, Object> forum = events.getMap("items.find { it.name.startsWith('Midwest Telehealth Forum') }");
    assertThat(forum).containsEntry("start", "2026-09-22T08:30:00-05:00").containsEntry("timeZone", "America/Chicago");
    Map<String, Object> webinar = events.getMap("items.find { it.name.contains('webinar') }");
    assertThat(webinar).containsEntry("online", true);
  }

  @Test
  void nearDublinWithin50KmIsDublinsNotCorks() {
    JsonPath events = get("/events?near=Dublin&radiusKm=50&size=500");
    assertThat(events.getList("items.name", String.class)).anyMatch(n -> n.startsWith("Digital Health Summit"))
        .noneMatch(n -> n.contains("Cork") || n.contains("Chicago") || n.contains("Midwest"));
    JsonPath experts = get("/experts?near=Dublin&radiusKm=50&size=200");
    assertThat(experts.getList("items.affiliation", String.class)).contains("Beacon Health Partners")
        .doesNotContain("Lakeshore Medical Group");
    anonymous().get("/api/verticals/" + V + "/experts?near=Nowhereville").then().statusCode(400);
  }

  @Test
  void theCalendarExportParsesWithBiweekly() {
    crawlOnce();
    String ics = anonymous().get("/api/verticals/" + V + "/events.ics?when=all").then().statusCode(200).extract().asString();
    ICalendar cal = Biweekly.parse(ics).first();
    assertThat(cal.getEvents()).anySatisfy(e -> {
      assertThat(e.getSummary().getValue()).startsWith("Digital Health Summit");
      assertThat(cal.getTimezoneInfo().getTimezone(e.getDateStart()).getTimeZone().getID()).isEqualTo("Europe/Dublin");
    });
  }
}
