package verticalkb.web;

import java.util.List;
import verticalkb.vertical.Vertical;

/**
 * A vertical as a form's drop-down offers it: id and name only. The catalogue's full view also counts each vertical's
 * sources and indexed documents, work a search page has no use for on every request.
 */
record VerticalChoice(String id, String name) {

  static List<VerticalChoice> all() {
    return Vertical.<Vertical>list("retired = false order by id").stream().map(v -> new VerticalChoice(v.id, v.name)).toList();
  }
}
