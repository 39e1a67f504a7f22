package verticalkb.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the search page was asked: the query, the filters and the sort, and the links that change one of them. */
record SearchForm(String q, String vertical, List<String> types, List<String> topics, List<String> sources, String sort) {

  boolean isEmpty() {
    return (q == null || q.isBlank()) && (vertical == null || vertical.isBlank()) && types.isEmpty() && topics.isEmpty()
        && sources.isEmpty();
  }

  /** This search, without a page number. */
  String link() {
    return Links.of("/search", params());
  }

  /** This search with the facet value {@code value} of {@code facet} turned on, or off when it already is. */
  String toggle(String facet, String value) {
    Map<String, List<String>> p = params();
    List<String> values = new ArrayList<>(p.getOrDefault(facet, List.of()));
    if (!values.remove(value)) values.add(value);
    p.put(facet, values);
    return Links.of("/search", p);
  }

  boolean isOn(String facet, String value) {
    return params().getOrDefault(facet, List.of()).contains(value);
  }

  /** The same filters with another query, for the did-you-mean link. */
  String withQuery(String other) {
    Map<String, List<String>> p = params();
    p.put("q", Links.one(other));
    return Links.of("/search", p);
  }

  private Map<String, List<String>> params() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", Links.one(q));
    p.put("vertical", Links.one(vertical));
    p.put("type", types);
    p.put("topic", topics);
    p.put("source", sources);
    p.put("sort", Links.one(sort));
    return p;
  }
}
