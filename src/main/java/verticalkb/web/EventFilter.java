package verticalkb.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events page's filters: when, month, place and online only; and the link to the same list without a page. */
record EventFilter(String when, String month, String near, String radiusKm, boolean onlineOnly) {

  String link(String vertical) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("when", Links.one(when));
    p.put("month", Links.one(month));
    p.put("near", Links.one(near));
    p.put("radiusKm", Links.one(radiusKm));
    p.put("online", onlineOnly ? List.of("true") : List.of());
    return Links.of("/verticals/" + vertical + "/events", p);
  }
}
