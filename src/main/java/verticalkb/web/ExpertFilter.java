package verticalkb.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The experts page's filters: topic and place; and the link to the same list without a page. */
record ExpertFilter(String topic, String near, String radiusKm) {

  String link(String vertical) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("topic", Links.one(topic));
    p.put("near", Links.one(near));
    p.put("radiusKm", Links.one(radiusKm));
    return Links.of("/verticals/" + vertical + "/experts", p);
  }
}
