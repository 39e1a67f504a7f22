package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Bad input is skipped or partly extracted with a recorded reason, never a crash and never a hang. */
@Timeout(value = 60)
class HostileInputTest {

  static final URI URL = URI.create("https://example.org/p");

  static Extraction extract(String contentType, byte[] body) {
    return ContentExtractor.withDefaults().extract(URL, contentType, body);
  }

  @Test
  void truncatedHtmlIsPartlyExtracted() {
    String html = "<html><head><title>Cut short</title></head><body><article><p>" + "A sentence of the story, with words. ".repeat(30)
        + "</p><p>Another para";
    Extraction x = extract("text/html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(x.title()).isEqualTo("Cut short");
    assertThat(x.text()).contains("A sentence of the story");
  }

  @Test
  void binaryLabelledHtmlIsUnsupportedWithAReason() {
    byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(extract("text/html", pdf).problems()).singleElement().asString().contains("binary content (PDF)");
    byte[] noise = new byte[8192];
    new Random(42).nextBytes(noise);
    Extraction x = extract("text/html", noise);
    assertThat(x.type()).isEqualTo("unsupported");
    assertThat(x.problems()).singleElement().asString().startsWith("binary content");
  }

  @Test
  void tenMegabytePageIsCutAndStillExtractedInBoundedTime() {
    StringBuilder sb = new StringBuilder("<html><head><title>Huge</title></head><body><article>");
    String para = "<p>" + "Words of a very long page, repeated many times over. ".repeat(4) + "</p>\n";
    while (sb.length() < 10 * 1024 * 1024) sb.append(para);
    long t0 = System.nanoTime();
    Extraction x = extract("text/html", sb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(30));
    assertThat(x.problems()).anyMatch(p -> p.contains("truncated"));
    assertThat(x.title()).isEqualTo("Huge");
    assertThat(x.text()).startsWith("Words of a very long page");
  }

  @Test
  void tenThousandDeepNestingNeitherOverflowsNorHangs() {
    String deep = "<div>".repeat(10_000) + "<p>" + "Deep text, still readable. ".repeat(10) + "</p>" + "</div>".repeat(10_000);
    String spans = "<span><b><i>".repeat(3_000) + "x";
    Extraction x = extract("text/html", ("<html><body>" + deep + spans + "</body></html>").getBytes(StandardCharsets.UTF_8));
    assertThat(x.type()).isNotNull();
    assertThat(x.text()).contains("Deep text, still readable.");
  }

  @Test
  void deeplyNestedJsonLdIsSkippedWithAProblem() {
    String json = "[".repeat(5_000) + "]".repeat(5_000);
    Extraction x = extract("text/html", ("<script type=\"application/ld+json\">" + json + "</script><p>ok</p>").getBytes(StandardCharsets.UTF_8));
    assertThat(x.problems()).anyMatch(p -> p.startsWith("broken JSON-LD"));
  }

  @Test
  void invalidDatesAreMissingNotErrors() {
    Extraction x = extract("text/html", """
        <meta property="article:published_time" content="2024-13-45T99:99:99Z">
        <meta name="date" content="yesterday"><script type="application/ld+json">{"@type":"Event","name":"E","startDate":"0000-00-00"}</script>
        <p>Text</p>""".getBytes(StandardCharsets.UTF_8));
    assertThat(x.published()).isNull();
    assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.start()).isNull());
  }

  @Test
  void emptyAndUnknownBodiesAreUnsupported() {
    assertThat(extract("text/html", new byte[0]).type()).isEqualTo("unsupported");
    assertThat(extract("application/json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)).problems())
        .singleElement().asString().contains("unsupported content");
  }

  @Test
  void brokenCalendarAndSitemapDoNotThrow() {
    assertThat(extract("text/calendar", "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:garbage\n".getBytes(StandardCharsets.UTF_8)).type())
        .isIn("events", "unsupported");
    assertThat(extract("application/xml", "<urlset><url><loc>not a url".getBytes(StandardCharsets.UTF_8)).type())
        .isIn("sitemap", "unsupported");
  }
}
