package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

  static final URI URL = URI.create("https://news.example.org/2024/03/story.html");
  static final String PARAGRAPHS = """
      <p>The regional hospital network announced on Tuesday that it will extend its telehealth programme to every
      rural clinic in the county, after a two-year pilot that cut missed appointments by nearly a third.</p>
      <p>Officials said the expansion, funded by a state grant, would connect patients with specialists in
      cardiology, dermatology and mental health without the long drives that many families now face.</p>
      <p>“We saw the difference it made for people who had simply stopped coming,” said the network's chief
      medical officer, who led the pilot, adding that nurses at each clinic will be trained to run the sessions.</p>
      <p>The first clinics will switch over in May, and the network expects the whole county to be covered by the
      end of the year, subject to broadband upgrades that the county has already put out to tender.</p>
      """;

  static Extraction html(String html) {
    return ContentExtractor.withDefaults().extract(URL, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  static String page(String head, String article) {
    return "<!doctype html><html lang=\"en-GB\"><head>" + head + "</head><body>"
        + "<header class=\"site-header\"><a href=\"/\">News Example</a><nav><a href=\"/world\">World</a>"
        + "<a href=\"/health\">Health</a><a href=\"/sport\">Sport</a></nav></header>"
        + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies?</div>"
        + "<main><article>" + article + "</article>"
        + "<aside class=\"sidebar\"><h3>Most read</h3><ul><li><a href=\"/a\">Another story about something else entirely</a></li>"
        + "<li><a href=\"/b\">Yet another story that is not this one</a></li></ul></aside>"
        + "<div class=\"related-links\"><a href=\"/r1\">Related: hospital budgets rise again this year</a></div>"
        + "<section id=\"comments\"><p>Great article, thanks for sharing this with all of us here.</p></section></main>"
        + "<footer><p>© 2024 News Example. All rights reserved. Terms and privacy policy apply.</p></footer></body></html>";
  }

  @Test
  void articleFieldsComeFromJsonLdFirst() {
    String head = """
        <title>Clinics go online | News Example</title>
        <link rel="canonical" href="https://news.example.org/story">
        <meta name="description" content="Telehealth reaches every rural clinic.">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"News Example"},
          {"@type":"NewsArticle","headline":"Rural clinics go online","datePublished":"2024-03-05T09:30:00+01:00",
           "dateModified":"2024-03-06T10:00:00Z","author":[{"@type":"Person","name":"Jane Doe","jobTitle":"Health editor"},
           {"@type":"Person","name":"Omar Haddad"}]}]}</script>
        """;
    Extraction x = html(page(head, "<h1>Rural clinics go online</h1>" + PARAGRAPHS));
    assertThat(x.type()).isEqualTo("article");
    assertThat(x.title()).isEqualTo("Rural clinics go online");
    assertThat(x.authors()).containsExactly("Jane Doe", "Omar Haddad");
    assertThat(x.published()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
    assertThat(x.modified()).isEqualTo(Instant.parse("2024-03-06T10:00:00Z"));
    assertThat(x.language()).isEqualTo("en");
    assertThat(x.canonicalUrl()).hasToString("https://news.example.org/story");
    assertThat(x.summary()).isEqualTo("Telehealth reaches every rural clinic.");
    assertThat(x.people()).anySatisfy(p -> {
      assertThat(p.name()).isEqualTo("Jane Doe");
      assertThat(p.jobTitle()).isEqualTo("Health editor");
      assertThat(p.role()).isEqualTo("author");
    });
  }

  @Test
  void mainTextKeepsParagraphsAndDropsBoilerplate() {
    Extraction x = html(page("<title>Story</title>", "<h1>Rural clinics go online</h1>" + PARAGRAPHS));
    assertThat(x.text()).contains("extend its telehealth programme", "covered by the\nend of the year".replace("\n", " "));
    assertThat(x.text().split("\n")).hasSizeGreaterThanOrEqualTo(4);
    assertThat(x.text()).doesNotContain("cookies", "Most read", "Related:", "Great article", "All rights reserved", "Sport");
  }

  @Test
  void openGraphAndMetaTagsFillInWithoutJsonLd() {
    String head = """
        <title>Ignored title - Site</title>
        <meta property="og:title" content="Clinics go online">
        <meta property="og:type" content="article">
        <meta property="og:url" content="/canonical/story">
        <meta property="article:published_time" content="2024-03-05T09:30:00-05:00">
        <meta property="article:modified_time" content="2024-03-07">
        <meta name="author" content="Jane Doe">
        """;
    Extraction x = html(page(head, PARAGRAPHS));
    assertThat(x.title()).isEqualTo("Clinics go online");
    assertThat(x.published()).isEqualTo(Instant.parse("2024-03-05T14:30:00Z"));
    assertThat(x.modified()).isEqualTo(Instant.parse("2024-03-07T00:00:00Z"));
    assertThat(x.authors()).containsExactly("Jane Doe");
    assertThat(x.canonicalUrl()).hasToString("https://news.example.org/canonical/story");
    assertThat(x.summary()).startsWith("The regional hospital network announced");
  }

  @Test
  void microdataArticleGivesAuthorAndDate() {
    String article = "<div itemscope itemtype=\"https://schema.org/BlogPosting\"><h1 itemprop=\"headline\">Clinics</h1>"
        + "<span itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\"><span itemprop=\"name\">Ann Lee</span></span>"
        + "<time itemprop=\"datePublished\" datetime=\"2023-11-02T08:00:00Z\">2 Nov</time>" + PARAGRAPHS + "</div>";
    Extraction x = html(page("<title>t</title>", article));
    assertThat(x.authors()).containsExactly("Ann Lee");
    assertThat(x.published()).isEqualTo(Instant.parse("2023-11-02T08:00:00Z"));
    assertThat(x.type()).isEqualTo("article");
  }

  @Test
  void bylineInTheDomIsAnAuthor() {
    Extraction x = html(page("<title>t</title>", "<p class=\"byline\">By <a rel=\"author\" href=\"/staff/jd\">Jane Doe</a></p>" + PARAGRAPHS));
    assertThat(x.authors()).containsExactly("Jane Doe");
  }

  @Test
  void entitiesInStructuredDataAreDecoded() {
    String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"&#8216;Care&#8217; at AT&amp;T\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"Ann L&eacute;e\"}}</script>";
    Extraction x = html(page("<title>t</title>" + ld, PARAGRAPHS));
    assertThat(x.title()).isEqualTo("‘Care’ at AT&T");
    assertThat(x.authors()).containsExactly("Ann Lée");
    String escapedMarkup = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"History of the &lt;blink&gt; tag\"}</script>";
    assertThat(html(page("<title>t</title>" + escapedMarkup, PARAGRAPHS)).title()).isEqualTo("History of the <blink> tag");
  }

  @Test
  void accountsFilesAndLeadInsAreNotAuthors() {
    assertThat(html(page("<title>t</title><meta name=\"author\" content=\"humans.txt\">", PARAGRAPHS)).authors()).isEmpty();
    assertThat(html(page("<title>t</title><meta name=\"author\" content=\"admin\">", PARAGRAPHS)).authors()).isEmpty();
    String microdata = "<div itemscope itemtype=\"https://schema.org/Article\"><h1 itemprop=\"headline\">Clinics</h1>"
        + "<span itemprop=\"author\">Текст: Венера Ерофеева</span>" + PARAGRAPHS + "</div>";
    Extraction x = html(page("<title>t</title>", microdata));
    assertThat(x.authors()).containsExactly("Венера Ерофеева");
    assertThat(x.people()).extracting(Extraction.PersonMention::name).containsExactly("Венера Ерофеева");
  }

  @Test
  void linksAreAbsoluteWithoutFragmentsAndDeduplicated() {
    Extraction x = html(page("<title>t</title>", PARAGRAPHS + "<p><a href=\"/x#top\">x</a> <a href=\"/x\">x again</a>"
        + " <a href=\"mailto:a@b.c\">mail</a></p>"));
    assertThat(x.links()).contains(URI.create("https://news.example.org/x"), URI.create("https://news.example.org/world"));
    assertThat(x.links()).doesNotHaveDuplicates().noneMatch(u -> "mailto".equals(u.getScheme()));
  }

  @Test
  void pageWithoutArticleSignalsIsAPage() {
    Extraction x = html("<html><body><h1>Contact</h1><p>Write to us.</p></body></html>");
    assertThat(x.type()).isEqualTo("page");
    assertThat(x.title()).isEqualTo("Contact");
  }

  @Test
  void declaredCharsetIsHonoured() {
    byte[] latin1 = "<html><head><title>Café</title></head><body><p>Crème brûlée</p></body></html>".getBytes(StandardCharsets.ISO_8859_1);
    Extraction x = ContentExtractor.withDefaults().extract(URL, "text/html; charset=ISO-8859-1", latin1);
    assertThat(x.title()).isEqualTo("Café");
  }
}
