package verticalkb.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/search} answers: total matches ({@code totalRelation} "eq" when exact, "gte" when the count
 * stopped at {@code kb.search.track-total-hits}; facet counts are then lower bounds too), time taken, one page of hits, facet counts, a did-you-mean
 * suggestion (or null) and the cursor of the next page (or null at the end).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchResult(
    long total,
    String totalRelation,
    long tookMs,
    List<Map<String, Object>> hits,
    Map<String, Map<String, Long>> facets,
    String suggestion,
    String nextCursor,
    boolean reindexRequired) {

  /** {@code total} is the number of matches. */
  public static final String EXACT = "eq";
  /** {@code total} is a lower bound: counting stopped there. */
  public static final String LOWER_BOUND = "gte";
}
