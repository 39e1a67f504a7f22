package verticalkb.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import verticalkb.Api;
import verticalkb.expert.Pages;
import verticalkb.extract.Extraction.EventMention;

/** Builds the small data the briefing tests need: imported documents, events and expert mentions, all uniquely named. */
final class BriefingData {

  static final String V = "healthcare";
  /** A tag unique to this run, so that ids never meet another test's. */
  static final String RUN = "bf" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

  private BriefingData() {}

  /** One NDJSON line: a healthcare publication; {@code extra} adds fields (without the leading comma). */
  static String publication(String id, String title, String published, String extra) {
    return "{\"id\":\"" + id(id) + "\",\"type\":\"publication\",\"url\":\"https://news.example.org/" + id(id) + "\","
        + "\"title\":\"" + title + "\",\"text\":\"Quiet notes from the ward about " + id + ".\",\"published\":\"" + published
        + "\",\"verticals\":[\"" + V + "\"],\"source\":\"briefing-news\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
  }

  static String id(String local) {
    return RUN + "-" + local;
  }

  /** Imports the lines through {@code POST /api/documents} and checks that every one was taken. */
  static void importDocuments(String... lines) {
    Response r = Api.admin().contentType("application/x-ndjson")
        .body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)).post("/api/documents");
    r.then().statusCode(200);
    assertThat(r.jsonPath().getLong("imported")).as(r.asString()).isEqualTo(lines.length);
  }

  static EventMention event(String name, String start, String organizer, String... speakers) {
    return new EventMention(name, Instant.parse(start), null, "Europe/Dublin", "Convention Centre Dublin", "Dublin", null, "IE",
        null, null, false, organizer, List.of(speakers).stream().map(s -> Pages.person(s, null, null, null, null, "speaker")).toList(),
        URI.create("https://events.example.ie/" + RUN + "/" + name.hashCode()), "A day on hospital technology.");
  }
}
