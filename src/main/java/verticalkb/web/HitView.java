package verticalkb.web;

import io.quarkus.qute.RawString;
import java.util.Map;
import verticalkb.briefing.AccountBrief;

/** One search hit as a page shows it: the API's hit map read into named fields, the snippet made safe. */
record HitView(String id, String link, String url, String type, String title, String source, String date, RawString snippet) {

  static HitView of(Map<String, Object> hit) {
    Object title = hit.get("title");
    return new HitView(text(hit, "id"), DocumentLinks.page(text(hit, "id")), text(hit, "url"), text(hit, "type"),
        title == null || title.toString().isBlank() ? text(hit, "url") : title.toString(), text(hit, "source"),
        day(hit.get("published") != null ? hit.get("published") : hit.get("start")), Marked.html(text(hit, "snippet")));
  }

  /** A document mentioning an account, as its brief lists it. */
  static HitView of(AccountBrief.News n) {
    return new HitView(n.id(), DocumentLinks.page(n.id()), n.url(), n.type(), n.title() == null || n.title().isBlank() ? n.url() : n.title(),
        n.source(), day(n.published()), Marked.html(n.snippet()));
  }

  private static String text(Map<String, Object> hit, String key) {
    Object v = hit.get(key);
    return v == null ? null : v.toString();
  }

  /** The date part of an ISO instant or date-time: pages list days, not milliseconds. */
  private static String day(Object value) {
    if (value == null) return null;
    String s = value.toString();
    return s.length() >= 10 ? s.substring(0, 10) : s;
  }
}
