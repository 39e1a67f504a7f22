package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StructuredDataTest {

  @Test
  void jsonLdEventWithPlaceAddressGeoPerformersAndOrganizerWhereOnlyPeopleAreSpeakers() {
    Extraction x = HtmlExtractionTest.html("""
        <html><head><script type="application/ld+json">[{"@context":"https://schema.org","@type":"BusinessEvent",
          "name":"Health IT Summit","startDate":"2025-05-20T09:00:00+01:00","endDate":"2025-05-21T17:00:00+01:00",
          "eventAttendanceMode":"https://schema.org/OfflineEventAttendanceMode","url":"/events/summit",
          "description":"Two days of interoperability.",
          "location":{"@type":"Place","name":"Convention Centre","address":{"@type":"PostalAddress",
            "addressLocality":"Dublin","addressRegion":"Leinster","addressCountry":{"@type":"Country","name":"IE"}},
            "geo":{"@type":"GeoCoordinates","latitude":"53.3478","longitude":-6.2397}},
          "organizer":{"@type":"Organization","name":"HIMSS"},
          "performer":[{"@type":"Person","name":"Dr Aoife Byrne","jobTitle":"CMIO","worksFor":{"@type":"Organization","name":"HSE"}},
            {"@type":"MusicGroup","name":"Hospital Staff Choir"}]}]
        </script></head><body><p>Summit</p></body></html>""");
    assertThat(x.type()).isEqualTo("events");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Health IT Summit");
      assertThat(e.start()).isEqualTo(Instant.parse("2025-05-20T08:00:00Z"));
      assertThat(e.end()).isEqualTo(Instant.parse("2025-05-21T16:00:00Z"));
      assertThat(e.timeZone()).isEqualTo("+01:00");
      assertThat(e.venue()).isEqualTo("Convention Centre");
      assertThat(e.city()).isEqualTo("Dublin");
      assertThat(e.region()).isEqualTo("Leinster");
      assertThat(e.country()).isEqualTo("IE");
      assertThat(e.lat()).isEqualTo(53.3478);
      assertThat(e.lon()).isEqualTo(-6.2397);
      assertThat(e.online()).isFalse();
      assertThat(e.organizer()).isEqualTo("HIMSS");
      assertThat(e.url()).hasToString("https://news.example.org/events/summit");
      assertThat(e.description()).isEqualTo("Two days of interoperability.");
      assertThat(e.speakers()).singleElement().satisfies(s -> {
        assertThat(s.name()).isEqualTo("Dr Aoife Byrne");
        assertThat(s.affiliation()).isEqualTo("HSE");
        assertThat(s.role()).isEqualTo("speaker");
      });
    });
    assertThat(x.people()).anySatisfy(p -> assertThat(p.name()).isEqualTo("Dr Aoife Byrne"));
  }

  @Test
  void virtualLocationMakesAnEventOnline() {
    Extraction x = HtmlExtractionTest.html("""
        <script type="application/ld+json">{"@type":"Event","name":"Webinar: FHIR in practice","startDate":"2025-06-01",
          "location":{"@type":"VirtualLocation","url":"https://zoom.example/j/1"}}</script>""");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.online()).isTrue();
      assertThat(e.start()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
    });
  }

  @Test
  void microdataEventAndPerformer() {
    Extraction x = HtmlExtractionTest.html("""
        <div itemscope itemtype="http://schema.org/Event">
          <a itemprop="url" href="/e/1"><span itemprop="name">Banking Forum</span></a>
          <meta itemprop="startDate" content="2025-09-10T10:00:00-04:00">
          <div itemprop="location" itemscope itemtype="http://schema.org/Place"><span itemprop="name">Javits Center</span>
            <div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress">
              <span itemprop="addressLocality">New York</span>, <span itemprop="addressRegion">NY</span></div></div>
          <div itemprop="performer" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Maria Silva</span>
            <span itemprop="jobTitle">CFO</span></div>
        </div>""");
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Banking Forum");
      assertThat(e.start()).isEqualTo(Instant.parse("2025-09-10T14:00:00Z"));
      assertThat(e.venue()).isEqualTo("Javits Center");
      assertThat(e.city()).isEqualTo("New York");
      assertThat(e.region()).isEqualTo("NY");
      assertThat(e.url()).hasToString("https://news.example.org/e/1");
      assertThat(e.speakers()).extracting(Extraction.PersonMention::name).containsExactly("Maria Silva");
    });
  }

  @Test
  void jsonLdPersonIsListedWithAffiliationLocationAndProfile() {
    Extraction x = HtmlExtractionTest.html("""
        <script type="application/ld+json">{"@context":"http://schema.org","@type":"Person","name":"Dr. Sean Murphy",
          "jobTitle":"Professor of Digital Health","affiliation":{"@type":"Organization","name":"Trinity College Dublin"},
          "address":{"@type":"PostalAddress","addressLocality":"Dublin","addressCountry":"IE"},
          "url":"https://tcd.example/people/murphy"}</script>""");
    assertThat(x.people()).singleElement().satisfies(p -> {
      assertThat(p.name()).isEqualTo("Dr. Sean Murphy");
      assertThat(p.jobTitle()).isEqualTo("Professor of Digital Health");
      assertThat(p.affiliation()).isEqualTo("Trinity College Dublin");
      assertThat(p.location()).isEqualTo("Dublin, IE");
      assertThat(p.profileUrl()).hasToString("https://tcd.example/people/murphy");
      assertThat(p.role()).isEqualTo("listed");
    });
  }

  @Test
  void microdataPeopleMakeADirectory() {
    StringBuilder html = new StringBuilder("<h1>Our experts</h1>");
    for (String name : new String[] {"Ana Ruiz", "Ben Okafor", "Chen Wei"}) {
      html.append("<div itemscope itemtype=\"https://schema.org/Person\"><a itemprop=\"url\" href=\"/p/")
          .append(name.charAt(0)).append("\"><span itemprop=\"name\">").append(name).append("</span></a>")
          .append("<span itemprop=\"jobTitle\">Analyst</span><span itemprop=\"worksFor\">Acme Bank</span>")
          .append("<span itemprop=\"homeLocation\">Cork</span></div>");
    }
    Extraction x = HtmlExtractionTest.html(html.toString());
    assertThat(x.type()).isEqualTo("people");
    assertThat(x.people()).hasSize(3).allSatisfy(p -> {
      assertThat(p.jobTitle()).isEqualTo("Analyst");
      assertThat(p.affiliation()).isEqualTo("Acme Bank");
      assertThat(p.location()).isEqualTo("Cork");
      assertThat(p.profileUrl().toString()).startsWith("https://news.example.org/p/");
      assertThat(p.role()).isEqualTo("listed");
    });
  }

  @Test
  void hCardDirectoryWithoutSchemaOrg() {
    Extraction x = HtmlExtractionTest.html("""
        <ul><li class="h-card"><a class="p-name u-url" href="/a">Ada Lovelace</a> <span class="p-job-title">CTO</span>
          <span class="p-org">Engines Ltd</span> <span class="p-locality">London</span></li>
        <li class="vcard"><span class="fn">Alan Turing</span> <span class="title">Researcher</span></li>
        <li class="vcard"><span class="fn">Grace Hopper</span> <span class="org">US Navy</span></li></ul>""");
    assertThat(x.type()).isEqualTo("people");
    assertThat(x.people()).extracting(Extraction.PersonMention::name).containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper");
    assertThat(x.people().get(0).affiliation()).isEqualTo("Engines Ltd");
    assertThat(x.people().get(0).location()).isEqualTo("London");
  }

  @Test
  void brokenJsonLdIsSkippedWithAProblemAndTheRestStillReads() {
    Extraction x = HtmlExtractionTest.html("""
        <script type="application/ld+json">{"@type":"Event","name": </script>
        <script type="application/ld+json">/* comment */ {"@type":"Event","name":"Kept","startDate":"not a date",}; junk</script>""");
    assertThat(x.problems()).anyMatch(p -> p.startsWith("broken JSON-LD"));
    assertThat(x.events()).singleElement().satisfies(e -> {
      assertThat(e.name()).isEqualTo("Kept");
      assertThat(e.start()).isNull();
    });
  }
}
