package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import verticalkb.extract.Extraction.EventMention;

class ListedEventsTest {

  static Extraction html(String url, String html) {
    return ContentExtractor.withDefaults().extract(URI.create(url), "text/html; charset=utf-8",
        html.getBytes(StandardCharsets.UTF_8));
  }

  static final String LISTING = """
      <!doctype html><html lang="en"><head><title>Upcoming events | Health Network</title></head><body>
      <nav><a href="/">Home</a><a href="/about">About</a><a href="/news">News</a></nav>
      <main><h1>What's on</h1>
      <div class="card"><h3><a href="/e/telehealth-forum">Telehealth Forum</a></h3>
        <p class="meta">Tuesday 12 March 2025, 14:00–16:00</p>
        <p class="place">Convention Centre, Lisbon</p>
        <p>Clinicians and IT leads compare a year of remote consultations in rural clinics.</p></div>
      <div class="card"><h3><a href="/e/nursing-summit">Nursing Summit</a></h3>
        <p class="meta">5 June 2025, 9:30</p><p>Venue: Royal College, Dublin</p></div>
      <div class="card"><h3><a href="/e/data-webinar">Data in the ward</a></h3>
        <p class="meta">July 3, 2025 at 4pm</p><p>Online, free for members.</p></div>
      </main></body></html>
      """;

  @Test
  void repeatedBlocksWithHeadingDateAndPlaceBecomeEvents() {
    Extraction x = html("https://health.example.org/events", LISTING);
    assertThat(x.type()).isEqualTo("events");
    assertThat(x.events()).extracting(EventMention::name)
        .containsExactly("Telehealth Forum", "Nursing Summit", "Data in the ward");
    EventMention forum = x.events().get(0);
    assertThat(forum.start()).isEqualTo(Instant.parse("2025-03-12T14:00:00Z"));
    assertThat(forum.end()).isEqualTo(Instant.parse("2025-03-12T16:00:00Z"));
    assertThat(forum.timeZone()).as("a written time names no zone").isNull();
    assertThat(forum.venue()).isEqualTo("Convention Centre, Lisbon");
    assertThat(forum.city()).isEqualTo("Lisbon");
    assertThat(forum.url()).isEqualTo(URI.create("https://health.example.org/e/telehealth-forum"));
    assertThat(forum.description()).startsWith("Clinicians and IT leads");
    assertThat(x.events().get(1).venue()).isEqualTo("Royal College, Dublin");
    assertThat(x.events().get(2).online()).isTrue();
    assertThat(x.events().get(2).start()).isEqualTo(Instant.parse("2025-07-03T16:00:00Z"));
  }

  @Test
  void aGermanListingIsReadToo() {
    String html = """
        <html lang="de"><head><title>Veranstaltungen</title></head><body><ul class="list">
        <li><h2>Digitaltag Pflege</h2><span>12. März 2025, 19 Uhr</span><span class="ort">Rathaus, Köln</span></li>
        <li><h2>Forum Klinik-IT</h2><span>3. April 2025, 10:00</span><span class="ort">Messe, Hamburg</span></li>
        </ul></body></html>
        """;
    Extraction x = html("https://kliniken.example.de/termine", html);
    assertThat(x.events()).extracting(EventMention::name).containsExactly("Digitaltag Pflege", "Forum Klinik-IT");
    assertThat(x.events().get(0).start()).isEqualTo(Instant.parse("2025-03-12T19:00:00Z"));
    assertThat(x.events().get(1).city()).isEqualTo("Hamburg");
  }

  @Test
  void anArticleWithDatedTeasersDoesNotBecomeEvents() {
    String teasers = """
        <div class="teaser"><h3><a href="/a">Clinic budgets rise</a></h3><p>12 March 2025</p></div>
        <div class="teaser"><h3><a href="/b">Nurses vote on pay</a></h3><p>10 March 2025</p></div>
        <div class="teaser"><h3><a href="/c">Events season opens</a></h3><p>9 March 2025</p></div>
        """;
    String html = HtmlExtractionTest.page("<title>Clinics go online</title>"
        + "<meta property=\"og:type\" content=\"article\">",
        "<h1>Clinics go online</h1>" + HtmlExtractionTest.PARAGRAPHS) .replace("</main>", teasers + "</main>");
    Extraction x = html("https://news.example.org/2025/03/events-in-rural-health", html);
    assertThat(x.type()).isEqualTo("article");
    assertThat(x.events()).isEmpty();
  }

  @Test
  void datedBlocksOnAPageThatDoesNotListEventsAreNotEvents() {
    String html = """
        <html><head><title>Press releases</title></head><body><h1>Press releases</h1>
        <div class="item"><h3>Annual results published</h3><p>12 March 2025</p></div>
        <div class="item"><h3>New board member</h3><p>2 February 2025</p></div>
        <div class="item"><h3>Clinic opens in Cork</h3><p>5 January 2025</p></div>
        </body></html>
        """;
    assertThat(html("https://acme.example.com/press", html).events()).isEmpty();
  }
}
