package verticalkb.extract;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import verticalkb.Api;

@QuarkusTest
class ExtractResourceTest {

  static final String PAGE = HtmlExtractionTest.page("""
      <title>Clinics go online</title><meta property="article:published_time" content="2024-03-05T09:30:00Z">
      <meta name="author" content="Jane Doe">""", HtmlExtractionTest.PARAGRAPHS);

  @Test
  void editorGetsTheContractFields() {
    Api.editor().contentType("text/html; charset=utf-8").body(PAGE.getBytes(StandardCharsets.UTF_8))
        .post("/api/extract?url=https://news.example.org/story")
        .then().statusCode(200)
        .body("type", equalTo("article"))
        .body("title", equalTo("Clinics go online"))
        .body("text", containsString("telehealth programme"))
        .body("authors", contains("Jane Doe"))
        .body("published", equalTo("2024-03-05T09:30:00Z"))
        .body("language", equalTo("en"))
        .body("events", notNullValue())
        .body("people.name", hasItem("Jane Doe"));
  }

  @Test
  void listingsWithoutMarkupAndQuotedPeopleAreShown() {
    Api.editor().contentType("text/html; charset=utf-8").body(ListedEventsTest.LISTING.getBytes(StandardCharsets.UTF_8))
        .post("/api/extract?url=https://health.example.org/events")
        .then().statusCode(200)
        .body("type", equalTo("events"))
        .body("events.name", contains("Telehealth Forum", "Nursing Summit", "Data in the ward"))
        .body("events[0].start", equalTo("2025-03-12T14:00:00Z"))
        .body("events[0].venue", equalTo("Convention Centre, Lisbon"));
    String quote = HtmlExtractionTest.page("<title>Clinics</title><meta name=\"author\" content=\"Jane Doe\">",
        HtmlExtractionTest.PARAGRAPHS + "<p>“A turning point,” said Paul Martin, head of nursing at Valley Hospital.</p>");
    Api.editor().contentType("text/html; charset=utf-8").body(quote.getBytes(StandardCharsets.UTF_8))
        .post("/api/extract?url=https://news.example.org/story")
        .then().statusCode(200)
        .body("people.find { it.role == 'quoted' }.name", equalTo("Paul Martin"))
        .body("people.find { it.role == 'quoted' }.jobTitle", equalTo("head of nursing"))
        .body("people.find { it.role == 'quoted' }.affiliation", equalTo("Valley Hospital"))
        .body("people.find { it.role == 'author' }.name", equalTo("Jane Doe"));
  }

  @Test
  void contentTypeIsHonouredForFeeds() {
    Api.admin().contentType("application/rss+xml").body("<rss version=\"2.0\"><channel><title>F</title><item><title>I</title>"
            + "<link>https://e.org/1</link></item></channel></rss>")
        .post("/api/extract?url=https://e.org/feed")
        .then().statusCode(200).body("type", equalTo("feed")).body("entries[0].url", equalTo("https://e.org/1"));
  }

  @Test
  void missingOrInvalidUrlIsA400NamingTheParameter() {
    Api.editor().contentType("text/html").body(PAGE).post("/api/extract")
        .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
    Api.editor().contentType("text/html").body(PAGE).post("/api/extract?url=ftp://x")
        .then().statusCode(400).body("errors[0].field", equalTo("url"));
  }

  @Test
  void bodyOverTheLimitIsA413() {
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    Api.editor().contentType("text/html").body(big).post("/api/extract?url=https://e.org/")
        .then().statusCode(413).contentType("application/problem+json").body("detail", containsString("kb.extract.max-body"));
  }

  @Test
  void viewersAndAnonymousMayNotExtract() {
    Api.viewer().contentType("text/html").body(PAGE).post("/api/extract?url=https://e.org/").then().statusCode(403);
    Api.anonymous().contentType("text/html").body(PAGE).post("/api/extract?url=https://e.org/").then().statusCode(401);
  }

  @Test
  void binaryBodyAnswersUnsupportedWithTheReason() {
    Api.editor().contentType("text/html").body("%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII))
        .post("/api/extract?url=https://e.org/x.pdf")
        .then().statusCode(200).body("type", equalTo("unsupported")).body("problems[0]", containsString("PDF"));
  }
}
