package verticalkb.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.List;

/**
 * One unit of knowledge: a publication, an event, an expert or a page. It is what the crawler's pipeline stores,
 * what {@code POST /api/documents} imports (one JSON object a line), what the index holds and what a search hit
 * shows. Only {@code id}, {@code type} and {@code title} are required; the rest is what is known.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record KbDocument(
    String id,
    String url,
    /** publication, event, expert or page; see {@link Types}. */
    String type,
    String title,
    /** Main text, paragraphs separated by newlines. */
    String text,
    String summary,
    List<String> authors,
    @JsonDeserialize(using = ImportedInstant.class) Instant published,
    @JsonDeserialize(using = ImportedInstant.class) Instant modified,
    /** ISO 639-1 code. */
    String language,
    /** Id of the source it was crawled from, or a free label for imported documents. */
    String source,
    List<String> verticals,
    List<String> topics,
    /** Target accounts (by name) the document mentions. */
    List<String> accounts,
    Place place,
    Event event,
    Person person,
    String canonicalUrl,
    /** Hash of the normalised main text; equal hashes are exact duplicates. */
    String contentHash,
    /** 64-bit SimHash of the main text, for near-duplicates. */
    Long simhash,
    /** Id of the near-duplicate cluster this document belongs to, and how many documents the cluster has. */
    String clusterId,
    Integer coverage,
    /** 0..1 authority of the source, a ranking signal. */
    Double authority) {

  /** This document with another cluster size; the same document when it already has it. */
  public KbDocument withCoverage(Integer coverage) {
    if (java.util.Objects.equals(coverage, this.coverage)) return this;
    return new KbDocument(id, url, type, title, text, summary, authors, published, modified, language, source, verticals,
        topics, accounts, place, event, person, canonicalUrl, contentHash, simhash, clusterId, coverage, authority);
  }

  /** The document types the index knows. */
  public static final class Types {
    public static final String PUBLICATION = "publication";
    public static final String EVENT = "event";
    public static final String EXPERT = "expert";
    public static final String PAGE = "page";
    public static final List<String> ALL = List.of(PUBLICATION, EVENT, EXPERT, PAGE);

    private Types() {}
  }

  /** Where something is: a named place with coordinates where known. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Place(String name, String city, String region, String country, Double lat, Double lon) {}

  /** The event facts of an event document. Times are instants; {@code timeZone} is the IANA zone of the venue. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Event(
      @JsonDeserialize(using = ImportedInstant.class) Instant start,
      @JsonDeserialize(using = ImportedInstant.class) Instant end,
      String timeZone, String venue, Boolean online, String organizer, List<String> speakers) {}

  /** The person facts of an expert document. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Person(String name, String jobTitle, String affiliation, String profileUrl, Double score) {}
}
