package verticalkb.event;

import static org.assertj.core.api.Assertions.assertThat;
import static verticalkb.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verticalkb.expert.ExpertListener;
import verticalkb.expert.Pages;
import verticalkb.extract.ContentExtractor;
import verticalkb.extract.Extraction;

/** Real HTML with schema.org JSON-LD, through the real extractor, into both directories. */
@QuarkusTest
class ExtractedEventPagesTest {

  private static final String V = "healthcare";

  @Inject
  EventListener events;

  @Inject
  ExpertListener experts;

  private static String page(String jsonLd) {
    return "<html><head><title>Events</title><script type=\"application/ld+json\">" + jsonLd
        + "</script></head><body><h1>Events</h1><p>Telehealth and virtual care for hospitals.</p></body></html>";
  }

  private static String event(String name, String start, String venue, String city, String region, String country,
      String speaker, String org) {
    return """
        {"@context":"https://schema.org","@type":"Event","name":"%s","startDate":"%s",
         "location":{"@type":"Place","name":"%s","address":{"@type":"PostalAddress","addressLocality":"%s",
           "addressRegion":"%s","addressCountry":"%s"}},
         "performer":{"@type":"Person","name":"%s","jobTitle":"Professor","worksFor":{"@type":"Organization","name":"%s"}}}
        """.formatted(name, start, venue, city, region, country, speaker, org);
  }

  private void crawl(String url, String html) {
    Extraction x = ContentExtractor.withDefaults().extract(URI.create(url), "text/html; charset=utf-8",
        html.getBytes(StandardCharsets.UTF_8));
    var p = Pages.page(V, url, 0.7, x);
    events.extracted(p);
    experts.extracted(p);
  }

  @Test
  void offsetsFromPagesBecomeTheVenuesZoneAndListingsOnTwoSitesMerge() {
    crawl("https://summit.example.ie/2027", page(event("HealthTech Leaders Summit 2027", "2027-05-20T09:00:00+01:00",
        "RDS", "Dublin", "", "IE", "Dr. Ciara Walsh", "Trinity College Dublin")));
    crawl("https://listings.example.com/health", page(event("HealthTech Leaders Summit", "2027-05-20T08:00:00Z",
        "RDS Simmonscourt", "Dublin", "", "Ireland", "Ciara Walsh", "Trinity College Dublin")));
    crawl("https://forum.example.org/chicago", page(event("Midwest Digital Health Forum", "2027-10-05T08:30:00-05:00",
        "McCormick Place", "Chicago", "IL", "US", "Marcus Lee", "Rush University")));

    JsonPath list = anonymous().get("/api/verticals/" + V + "/events?from=2027-05-01&to=2027-10-31").then()
        .statusCode(200).extract().jsonPath();
    List<Map<String, Object>> summits = list.getList("items.findAll { it.name.startsWith('HealthTech Leaders') }");
    assertThat(summits).hasSize(1);
    assertThat(summits.get(0)).containsEntry("timeZone", "Europe/Dublin").containsEntry("start", "2027-05-20T09:00:00+01:00");
    assertThat((List<?>) summits.get(0).get("urls")).hasSize(2);
    Map<String, Object> forum = list.getMap("items.find { it.name == 'Midwest Digital Health Forum' }");
    assertThat(forum).containsEntry("timeZone", "America/Chicago").containsEntry("start", "2027-10-05T08:30:00-05:00");

    assertThat(anonymous().get("/api/verticals/" + V + "/events?near=Dublin&radiusKm=50&from=2027-05-01").then()
        .extract().jsonPath().getList("items.name", String.class))
        .anyMatch(n -> n.startsWith("HealthTech Leaders")).doesNotContain("Midwest Digital Health Forum");

    JsonPath people = anonymous().get("/api/verticals/" + V + "/experts?size=200").then().extract().jsonPath();
    Map<String, Object> ciara = people.getMap("items.find { it.name.endsWith('Ciara Walsh') }");
    assertThat(ciara).isNotNull();
    assertThat(ciara.get("evidenceCount")).isEqualTo(2);
  }

  @Test
  void aTimeWithoutZoneIsTheVenuesClockTime() {
    crawl("https://forum.example.org/chicago-2028", page(event("Prairie Health Data Day", "2028-06-10T10:00:00",
        "McCormick Place", "Chicago", "IL", "US", "Marcus Lee", "Rush University")));
    crawl("https://kliniken.example.de/termine", """
        <html lang="de"><head><title>Veranstaltungen</title></head><body><ul class="list">
        <li><h2>Digitaltag Pflege Dublin</h2><span>12. März 2028, 19 Uhr</span><span class="ort">RDS, Dublin</span></li>
        <li><h2>Forum Klinik-IT Chicago</h2><span>3. April 2028, 10:00</span><span class="ort">McCormick Place, Chicago</span></li>
        </ul></body></html>
        """);

    JsonPath list = anonymous().get("/api/verticals/" + V + "/events?from=2028-01-01&to=2028-12-31").then()
        .statusCode(200).extract().jsonPath();
    assertThat(list.getMap("items.find { it.name == 'Prairie Health Data Day' }"))
        .containsEntry("timeZone", "America/Chicago").containsEntry("start", "2028-06-10T10:00:00-05:00");
    assertThat(list.getMap("items.find { it.name == 'Digitaltag Pflege Dublin' }"))
        .containsEntry("timeZone", "Europe/Dublin").containsEntry("start", "2028-03-12T19:00:00Z");
    assertThat(list.getMap("items.find { it.name == 'Forum Klinik-IT Chicago' }"))
        .containsEntry("timeZone", "America/Chicago").containsEntry("start", "2028-04-03T10:00:00-05:00");
  }
}
