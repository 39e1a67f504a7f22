package verticalkb.search;

import java.time.Instant;
import java.util.List;

/**
 * A validated search: the query text, filters, sort and page. {@code near} is already resolved to coordinates;
 * {@code cursor} (when set) replaces {@code page}.
 */
public record SearchRequest(
    String q,
    String vertical,
    List<String> types,
    List<String> sources,
    List<String> topics,
    Instant from,
    Instant to,
    boolean upcoming,
    GeoPoint near,
    double radiusKm,
    Sort sort,
    int page,
    int size,
    String cursor,
    boolean facets) {

  /** Orders of results. */
  public enum Sort {
    relevance, newest, start;

    /** The sort named by a request parameter, or null. */
    public static Sort parse(String s) {
      if (s == null || s.isBlank()) return relevance;
      for (Sort v : values()) if (v.name().equalsIgnoreCase(s.strip())) return v;
      return null;
    }
  }

  /** A point on Earth. */
  public record GeoPoint(double lat, double lon) {}

  /** A plain relevance search of the first page, for benchmarks and tests. */
  public static SearchRequest of(String q, int size) {
    return new SearchRequest(q, null, List.of(), List.of(), List.of(), null, null, false, null, 0, Sort.relevance, 1, size, null, false);
  }
}
