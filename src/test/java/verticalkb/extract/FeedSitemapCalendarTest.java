package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedSitemapCalendarTest {

  static final URI URL = URI.create("https://example.org/feed");
  static final String LONG = "Full text of the story. ".repeat(40);

  static Extraction extract(String contentType, String body) {
    return ContentExtractor.withDefaults().extract(URL, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rss20ItemsWithContentEncodedAuthorsAndDates() {
    Extraction x = extract("application/rss+xml", """
        <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
          xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Health News</title><link>https://example.org/</link>
        <item><title>First &amp; best</title><link>https://example.org/1</link><description>&lt;p&gt;Short &lt;b&gt;teaser&lt;/b&gt;&lt;/p&gt;</description>
          <content:encoded><![CDATA[<p>%s</p>]]></content:encoded><dc:creator>Jane Doe</dc:creator>
          <pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate></item>
        <item><title>Second</title><link>/2</link><description>Only a summary</description></item>
        </channel></rss>""".formatted(LONG));
    assertThat(x.type()).isEqualTo("feed");
    assertThat(x.title()).isEqualTo("Health News");
    assertThat(x.entries()).hasSize(2);
    Extraction.Entry first = x.entries().get(0);
    assertThat(first.url()).hasToString("https://example.org/1");
    assertThat(first.title()).isEqualTo("First & best");
    assertThat(first.summary()).isEqualTo("Short teaser");
    assertThat(first.text()).startsWith("Full text of the story.");
    assertThat(first.authors()).containsExactly("Jane Doe");
    assertThat(first.published()).isEqualTo(Instant.parse("2024-03-05T08:30:00Z"));
    Extraction.Entry second = x.entries().get(1);
    assertThat(second.text()).isNull();
    assertThat(second.url()).hasToString("https://example.org/2");
    assertThat(x.links()).contains(URI.create("https://example.org/1"));
  }

  @Test
  void rss091AndRss10AreRead() {
    Extraction rss091 = extract("text/xml", """
        <rss version="0.91"><channel><title>Old</title><link>http://example.org/</link><description>d</description>
        <item><title>Item 091</title><link>http://example.org/091</link></item></channel></rss>""");
    assertThat(rss091.entries()).singleElement().satisfies(e -> assertThat(e.title()).isEqualTo("Item 091"));
    Extraction rss10 = extract("application/rdf+xml", """
        <?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
          xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="http://example.org/"><title>RDF</title><link>http://example.org/</link><description>d</description></channel>
        <item rdf:about="http://example.org/10"><title>Item 10</title><link>http://example.org/10</link>
          <dc:date>2024-01-02T03:04:05Z</dc:date></item></rdf:RDF>""");
    assertThat(rss10.entries()).singleElement().satisfies(e -> {
      assertThat(e.title()).isEqualTo("Item 10");
      assertThat(e.url()).hasToString("http://example.org/10");
      assertThat(e.published()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    });
  }

  @Test
  void atomEntriesWithAlternateLinkContentAndAuthors() {
    Extraction x = extract("application/atom+xml", """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:x</id><updated>2024-03-01T00:00:00Z</updated>
        <entry><title type="html">A &lt;b&gt;bold&lt;/b&gt; move</title><id>urn:1</id>
          <link rel="alternate" type="text/html" href="https://example.org/a1"/><link rel="edit" href="https://example.org/edit/1"/>
          <updated>2024-03-02T10:00:00Z</updated><published>2024-03-01T10:00:00+02:00</published>
          <author><name>Ann Lee</name></author><summary>Summary here</summary>
          <content type="html">&lt;p&gt;%s&lt;/p&gt;</content></entry></feed>""".formatted(LONG));
    assertThat(x.title()).isEqualTo("Atom News");
    assertThat(x.entries()).singleElement().satisfies(e -> {
      assertThat(e.url()).hasToString("https://example.org/a1");
      assertThat(e.title()).isEqualTo("A bold move");
      assertThat(e.authors()).containsExactly("Ann Lee");
      assertThat(e.published()).isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
      assertThat(e.modified()).isEqualTo(Instant.parse("2024-03-02T10:00:00Z"));
      assertThat(e.summary()).isEqualTo("Summary here");
      assertThat(e.text()).contains("Full text of the story.");
    });
  }

  @Test
  void malformedFeedIsReadLenientlyWithAProblem() {
    Extraction x = extract("application/rss+xml", """
        <rss version="2.0"><channel><title>Broken &nbsp; feed</title>
        <item><title>Still here</title><link>https://example.org/ok?a=1&b=2</link><pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate></item>
        <item><title>Truncated""");
    assertThat(x.type()).isEqualTo("feed");
    assertThat(x.problems()).anyMatch(p -> p.contains("not well-formed"));
    assertThat(x.entries()).first().satisfies(e -> {
      assertThat(e.title()).isEqualTo("Still here");
      assertThat(e.url()).hasToString("https://example.org/ok?a=1&b=2");
      assertThat(e.published()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
    });
  }

  @Test
  void sitemapUrlsBecomeEntriesAndLinks() {
    Extraction x = ContentExtractor.withDefaults().extract(URI.create("https://example.org/sitemap.xml"), "application/xml", """
        <?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc>https://example.org/a</loc><lastmod>2024-02-01</lastmod></url><url><loc>https://example.org/b</loc></url></urlset>"""
        .getBytes(StandardCharsets.UTF_8));
    assertThat(x.type()).isEqualTo("sitemap");
    assertThat(x.links()).containsExactly(URI.create("https://example.org/a"), URI.create("https://example.org/b"));
    assertThat(x.entries().get(0).modified()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
  }

  @Test
  void sitemapIndexListsChildSitemaps() {
    Extraction x = ContentExtractor.withDefaults().extract(URI.create("https://example.org/sitemap.xml"), "text/xml", """
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>https://example.org/s1.xml</loc></sitemap>
        <sitemap><loc>https://example.org/s2.xml</loc></sitemap></sitemapindex>""".getBytes(StandardCharsets.UTF_8));
    assertThat(x.type()).isEqualTo("sitemap");
    assertThat(x.links()).containsExactly(URI.create("https://example.org/s1.xml"), URI.create("https://example.org/s2.xml"));
  }

  @Test
  void newsSitemapGivesTitlesAndPublicationDates() {
    Extraction x = ContentExtractor.withDefaults().extract(URI.create("https://example.org/news.xml"), "application/xml", """
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://example.org/n1</loc><news:news><news:publication><news:name>Ex</news:name><news:language>en</news:language>
        </news:publication><news:publication_date>2024-03-05T09:30:00+00:00</news:publication_date>
        <news:title>Breaking story</news:title></news:news></url></urlset>""".getBytes(StandardCharsets.UTF_8));
    assertThat(x.entries()).singleElement().satisfies(e -> {
      assertThat(e.title()).isEqualTo("Breaking story");
      assertThat(e.published()).isEqualTo(Instant.parse("2024-03-05T09:30:00Z"));
    });
  }

  @Test
  void iCalendarEventsWithZoneLocationGeoOrganizerAndChair() {
    Extraction x = extract("text/calendar", """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//test//EN\r
        X-WR-CALNAME:Fintech meetups\r
        BEGIN:VEVENT\r
        UID:1@example.org\r
        DTSTAMP:20240101T000000Z\r
        SUMMARY:Open Banking Night\r
        DTSTART;TZID=Europe/Dublin:20250610T183000\r
        DTEND;TZID=Europe/Dublin:20250610T210000\r
        LOCATION:Guinness Enterprise Centre\\, Dublin\r
        GEO:53.3409;-6.2875\r
        URL:https://example.org/events/obn\r
        DESCRIPTION:Talks and networking\r
        ORGANIZER;CN=Fintech Ireland:mailto:hello@example.org\r
        ATTENDEE;CN=Niamh Kelly;ROLE=CHAIR:mailto:nk@example.org\r
        END:VEVENT\r
        END:VCALENDAR\r
        """);
    assertThat(x.type()).isEqualTo("events");
    assertThat(x.title()).isEqualTo("Fintech meetups");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Open Banking Night");
      assertThat(e.start()).isEqualTo(Instant.parse("2025-06-10T17:30:00Z"));
      assertThat(e.end()).isEqualTo(Instant.parse("2025-06-10T20:00:00Z"));
      assertThat(e.timeZone()).isEqualTo("Europe/Dublin");
      assertThat(e.venue()).isEqualTo("Guinness Enterprise Centre, Dublin");
      assertThat(e.lat()).isEqualTo(53.3409);
      assertThat(e.lon()).isEqualTo(-6.2875);
      assertThat(e.url()).hasToString("https://example.org/events/obn");
      assertThat(e.organizer()).isEqualTo("Fintech Ireland");
      assertThat(e.description()).isEqualTo("Talks and networking");
      assertThat(e.speakers()).extracting(Extraction.PersonMention::name).containsExactly("Niamh Kelly");
    });
  }
}
