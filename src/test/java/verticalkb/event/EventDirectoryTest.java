package verticalkb.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static verticalkb.Api.anonymous;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import verticalkb.expert.ExpertListener;
import verticalkb.expert.Pages;
import verticalkb.extract.Extraction.EventMention;

@QuarkusTest
class EventDirectoryTest {

  private static final String V = "banking";

  @Inject
  EventListener events;

  @Inject
  ExpertListener experts;

  private static boolean fed;

  static EventMention event(String name, String start, String end, String zone, String venue, String city, String country,
      Boolean online, String url, String... speakers) {
    return new EventMention(name, Instant.parse(start), end == null ? null : Instant.parse(end), zone, venue, city, null,
        country, null, null, online, "Fintech Ireland", List.of(speakers).stream()
        .map(s -> Pages.person(s, null, "Ledger Bank", null, null, "speaker")).toList(),
        url == null ? null : URI.create(url), "Payments, open banking and a; semicolon, comma \\ backslash.");
  }

  @BeforeEach
  void feed() {
    if (fed) return;
    fed = true;
    // The same summit on two sites: once with the year in its name and a venue, once plainly.
    var summitA = Pages.events(V, "https://fintech.example.ie/events", 0.8,
        event("Open Banking Summit 2027", "2027-06-10T08:00:00Z", "2027-06-10T16:30:00Z", "Europe/Dublin",
            "Convention Centre Dublin", "Dublin", "IE", false, "https://fintech.example.ie/events/obs", "Orla Fitzgerald"),
        event("Payments Breakfast", "2027-03-04T07:30:00Z", null, "Europe/Dublin", "Cork City Hall", "Cork", "Ireland",
            false, null));
    var summitB = Pages.events(V, "https://banking-calendar.example.com/list", 0.5,
        event("The Open Banking Summit", "2027-06-10T08:00:00Z", null, "Europe/Dublin", null, "Dublin", null, null,
            null, "Orla Fitzgerald", "Dara Byrne"),
        event("Fraud Webinar", "2027-02-02T17:00:00Z", "2027-02-02T18:00:00Z", "UTC", null, null, null, true, null),
        event("Midwest Lending Forum", "2027-09-15T13:30:00Z", "2027-09-16T22:00:00Z", "America/Chicago",
            "McCormick Place", "Chicago", "US", false, null),
        event("Card Payments Day", "2025-05-05T09:00:00Z", null, "Europe/London", null, "London", "GB", false, null));
    for (var page : List.of(summitA, summitB)) {
      events.extracted(page);
      experts.extracted(page);
    }
  }

  private static JsonPath list(String query) {
    return anonymous().get("/api/verticals/" + V + "/events?" + query).then().statusCode(200).extract().jsonPath();
  }

  private static Map<String, Object> named(JsonPath p, String name) {
    List<Map<String, Object>> found = p.getList("items.findAll { it.name.contains('" + name + "') }");
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSameSummitOnTwoSitesIsOneEventWithBothPagesAndAllSpeakers() {
    Map<String, Object> summit = named(list("size=500"), "Open Banking Summit");
    assertThat((List<Object>) summit.get("urls")).hasSize(2);
    assertThat((List<Object>) summit.get("speakers")).containsExactlyInAnyOrder("Orla Fitzgerald", "Dara Byrne");
    assertThat(summit.get("venue")).isEqualTo("Convention Centre Dublin");
    assertThat(summit.get("url")).isEqualTo("https://fintech.example.ie/events/obs");
  }

  @Test
  void datesAreShownInTheEventsOwnZone() {
    JsonPath all = list("size=500");
    Map<String, Object> summit = named(all, "Open Banking Summit");
    assertThat(summit.get("start")).isEqualTo("2027-06-10T09:00:00+01:00");
    assertThat(summit.get("end")).isEqualTo("2027-06-10T17:30:00+01:00");
    assertThat(summit.get("timeZone")).isEqualTo("Europe/Dublin");
    Map<String, Object> chicago = named(all, "Midwest Lending Forum");
    assertThat(chicago.get("start")).isEqualTo("2027-09-15T08:30:00-05:00");
    assertThat(chicago.get("month")).isEqualTo("2027-09");
    assertThat(chicago.get("location")).isEqualTo("Chicago, United States");
  }

  @Test
  void filtersByMonthDatesUpcomingPastAndOnline() {
    assertThat(list("size=1").getMap("months")).containsEntry("2027-06", 1).containsEntry("2027-09", 1);
    assertThat(list("month=2027-06").getList("items.name", String.class)).anyMatch(n -> n.contains("Open Banking"))
        .noneMatch(n -> n.contains("Midwest"));
    assertThat(list("from=2027-09-15&to=2027-09-15").getList("items.name", String.class)).contains("Midwest Lending Forum");
    assertThat(list("when=past").getList("items.name", String.class)).contains("Card Payments Day")
        .doesNotContain("Midwest Lending Forum");
    assertThat(list("when=upcoming").getList("items.name", String.class)).doesNotContain("Card Payments Day");
    JsonPath online = list("online=true");
    assertThat(online.getList("items.name", String.class)).contains("Fraud Webinar").doesNotContain("Midwest Lending Forum");
    assertThat(online.getBoolean("items.find { it.name == 'Fraud Webinar' }.online")).isTrue();
  }

  @Test
  void nearDublinWithin50KmListsDublinsEventsAndNotCorks() {
    JsonPath near = list("near=Dublin&radiusKm=50");
    assertThat(near.getList("items.name", String.class)).anyMatch(n -> n.contains("Open Banking"))
        .doesNotContain("Payments Breakfast", "Midwest Lending Forum");
    assertThat(near.getString("near[0].country")).isEqualTo("IE");
    assertThat(list("near=Chicago, IL").getList("items.name", String.class)).containsExactly("Midwest Lending Forum");
  }

  @Test
  void badInputIsA400ThatSaysWhatToSend() {
    anonymous().get("/api/verticals/" + V + "/events?near=Nowhereville").then().statusCode(400)
        .contentType("application/problem+json").body("detail", containsString("cannot resolve the place 'Nowhereville'"));
    anonymous().get("/api/verticals/" + V + "/events?from=next-tuesday").then().statusCode(400)
        .body("detail", containsString("'next-tuesday' is not a date; use 2026-03-01 or 2026-03-01T09:00:00Z"));
    anonymous().get("/api/verticals/" + V + "/events?from=2027-06-01&to=2027-01-01T00:00:00Z").then().statusCode(400);
    anonymous().get("/api/verticals/" + V + "/events?month=June").then().statusCode(400);
    anonymous().get("/api/verticals/" + V + "/events?when=soon").then().statusCode(400);
    anonymous().get("/api/verticals/nowhere/events").then().statusCode(404);
    anonymous().get("/api/verticals/nowhere/events.ics").then().statusCode(404);
    anonymous().get("/api/events/ev-nothing").then().statusCode(404);
  }

  @Test
  void speakersOfEventsBecomeExpertsWithSpeakerEvidence() {
    JsonPath p = anonymous().get("/api/verticals/" + V + "/experts?size=200").then().statusCode(200).extract().jsonPath();
    Map<String, Object> orla = p.getMap("items.find { it.name == 'Orla Fitzgerald' }");
    assertThat(orla).isNotNull();
    assertThat(orla.get("evidenceCount")).isEqualTo(2);
    assertThat(orla.get("affiliation")).isEqualTo("Ledger Bank");
  }

  @Test
  void icsExportIsValidRfc5545AndRoundTripsThroughBiweekly() {
    String ics = anonymous().get("/api/verticals/" + V + "/events.ics").then().statusCode(200)
        .contentType(containsString("text/calendar")).extract().asString();
    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
      assertThat(line).doesNotContain("\n");
    }
    List<List<biweekly.io.ParseWarning>> warnings = new java.util.ArrayList<>();
    ICalendar cal = Biweekly.parse(ics).warnings(warnings).first();
    assertThat(cal).isNotNull();
    assertThat(cal.getEvents()).extracting(e -> e.getSummary().getValue())
        .contains("Midwest Lending Forum", "Fraud Webinar").doesNotContain("Card Payments Day");
    VEvent forum = cal.getEvents().stream().filter(e -> e.getSummary().getValue().equals("Midwest Lending Forum"))
        .findFirst().orElseThrow();
    assertThat(forum.getDateStart().getValue().toInstant()).isEqualTo(Instant.parse("2027-09-15T13:30:00Z"));
    assertThat(cal.getTimezoneInfo().getTimezone(forum.getDateStart()).getTimeZone().getID()).isEqualTo("America/Chicago");
    assertThat(forum.getUid().getValue()).startsWith("ev-").endsWith("@verticalkb");
    assertThat(forum.getDateTimeStamp()).isNotNull();
    VEvent summit = cal.getEvents().stream().filter(e -> e.getSummary().getValue().contains("Open Banking"))
        .findFirst().orElseThrow();
    assertThat(summit.getDescription().getValue()).contains("a; semicolon, comma \\ backslash.");
    assertThat(cal.validate(biweekly.ICalVersion.V2_0).isEmpty()).as(cal.validate(biweekly.ICalVersion.V2_0).toString()).isTrue();
    assertThat(warnings).allSatisfy(w -> assertThat(w).isEmpty());

    ICalendar again = Biweekly.parse(Biweekly.write(cal).go()).first();
    assertThat(again.getEvents()).hasSameSizeAs(cal.getEvents());
    for (int i = 0; i < cal.getEvents().size(); i++) {
      VEvent a = cal.getEvents().get(i), b = again.getEvents().get(i);
      assertThat(b.getUid().getValue()).isEqualTo(a.getUid().getValue());
      assertThat(b.getSummary().getValue()).isEqualTo(a.getSummary().getValue());
      assertThat(b.getDateStart().getValue().getTime()).isEqualTo(a.getDateStart().getValue().getTime());
    }
  }

  @Test
  void oneEventExportsAsItsOwnCalendar() {
    String id = named(list("size=500"), "Open Banking Summit").get("id").toString();
    anonymous().get("/api/events/" + id).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(id));
    String ics = anonymous().get("/api/events/" + id + ".ics").then().statusCode(200).extract().asString();
    ICalendar cal = Biweekly.parse(ics).first();
    assertThat(cal.getEvents()).hasSize(1);
    assertThat(cal.getEvents().get(0).getLocation().getValue()).isEqualTo("Convention Centre Dublin, Dublin");
    assertThat(cal.getTimezoneInfo().getTimezone(cal.getEvents().get(0).getDateStart()).getTimeZone().getID())
        .isEqualTo("Europe/Dublin");
  }
}
