package verticalkb.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * What the extractors made of one response: the page's own content (for an article, title and main text), the
 * links and feed/sitemap entries the crawler may follow, the events and people it describes, and the problems met.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Extraction(
    /** article, page, feed, sitemap, events (a listing or calendar), people (a directory), or unsupported. */
    String type,
    String title,
    /** Main text, paragraphs separated by newlines. */
    String text,
    String summary,
    List<String> authors,
    Instant published,
    Instant modified,
    String language,
    URI canonicalUrl,
    /** Links found on a page, absolute, in document order, for the crawler's frontier. */
    List<URI> links,
    /** Entries of a feed or a sitemap. */
    List<Entry> entries,
    List<EventMention> events,
    List<PersonMention> people,
    /** Why something could not be extracted (or only partly): "not HTML", "truncated", "broken JSON-LD", ... */
    List<String> problems) {

  /** A feed item or sitemap URL: where it lives and what the listing says of it. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Entry(URI url, String title, String summary, String text, List<String> authors, Instant published,
      Instant modified) {}

  /** An event described on the page. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record EventMention(String name, Instant start, Instant end, String timeZone, String venue, String city,
      String region, String country, Double lat, Double lon, Boolean online, String organizer, List<PersonMention> speakers,
      URI url, String description) {}

  /** A person named on the page, and the role they play there: author, speaker, quoted or listed. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PersonMention(String name, String jobTitle, String affiliation, String location, URI profileUrl,
      String role) {}

  public static Extraction unsupported(String problem) {
    return new Extraction("unsupported", null, null, null, List.of(), null, null, null, null, List.of(), List.of(),
        List.of(), List.of(), List.of(problem));
  }
}
