package verticalkb.expert;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import verticalkb.extract.Extraction;
import verticalkb.extract.Extraction.EventMention;
import verticalkb.extract.Extraction.PersonMention;
import verticalkb.extract.ExtractionListener.ExtractedPage;

/** Builds the pages the crawler would hand to extraction listeners, in a line each. */
public final class Pages {

  private Pages() {}

  public static PersonMention person(String name, String jobTitle, String affiliation, String location, String profile,
      String role) {
    return new PersonMention(name, jobTitle, affiliation, location, profile == null ? null : URI.create(profile), role);
  }

  public static ExtractedPage article(String vertical, String url, String title, String text, Instant published,
      double authority, PersonMention... people) {
    Extraction x = new Extraction("article", title, text, null, List.of(), published, null, "en", null, List.of(),
        List.of(), List.of(), List.of(people), List.of());
    return page(vertical, url, authority, x);
  }

  public static ExtractedPage events(String vertical, String url, double authority, EventMention... events) {
    Extraction x = new Extraction("events", "Events", null, null, List.of(), null, null, "en", null, List.of(),
        List.of(), List.of(events), List.of(), List.of());
    return page(vertical, url, authority, x);
  }

  public static ExtractedPage page(String vertical, String url, double authority, Extraction x) {
    String host = URI.create(url).getHost();
    return new ExtractedPage(vertical + "-" + host, vertical, authority, URI.create(url), Instant.now(),
        List.of("doc-" + Integer.toHexString(url.hashCode())), x);
  }

  public static String docId(String url) {
    return "doc-" + Integer.toHexString(url.hashCode());
  }
}
