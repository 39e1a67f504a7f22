package verticalkb.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/search} answers: total matches, time taken, one page of hits, facet counts, a did-you-mean
 * suggestion (or null) and the cursor of the next page (or null at the end).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchResult(
    long total,
    long tookMs,
    List<Map<String, Object>> hits,
    Map<String, Map<String, Long>> facets,
    String suggestion,
    String nextCursor,
    boolean reindexRequired) {}
