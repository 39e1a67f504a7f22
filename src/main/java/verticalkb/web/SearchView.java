package verticalkb.web;

import java.util.List;
import java.util.Map;
import verticalkb.search.SearchResult;

/** One page of search results as the search page shows them, or the reason there are none. */
record SearchView(long total, boolean totalIsExact, long tookMs, List<HitView> hits, List<Facet> facets, String suggestion,
    String suggestionLink, Paging paging, String error) {

  /** A facet (type, source, topic, vertical…) and its values with their counts and toggle links. */
  record Facet(String name, List<Value> values) {}

  /** One value of a facet: its count, whether it filters the results now, and the link that toggles it. */
  record Value(String value, long count, boolean on, String link) {}

  /** Facets a person can filter by from the page: the others stay in the API. */
  private static final List<String> SHOWN = List.of("type", "topic", "source");

  static SearchView of(SearchResult r, SearchForm form, int page, int size) {
    List<Facet> facets = SHOWN.stream().filter(r.facets()::containsKey).map(name -> facet(name, r.facets().get(name), form))
        .filter(f -> !f.values().isEmpty()).toList();
    return new SearchView(r.total(), SearchResult.EXACT.equals(r.totalRelation()), r.tookMs(),
        r.hits().stream().map(HitView::of).toList(), facets, r.suggestion(),
        r.suggestion() == null ? null : form.withQuery(r.suggestion()), Paging.of(page, size, r.total(), form.link()), null);
  }

  static SearchView failed(String error) {
    return new SearchView(0, true, 0, List.of(), List.of(), null, null, null, error);
  }

  private static Facet facet(String name, Map<String, Long> counts, SearchForm form) {
    return new Facet(name, counts.entrySet().stream()
        .map(e -> new Value(e.getKey(), e.getValue(), form.isOn(name, e.getKey()), form.toggle(name, e.getKey()))).toList());
  }
}
