package verticalkb.briefing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Absolute links in rendered briefings: a document's own http(s) address, else its page in this service. */
final class Links {

  private Links() {}

  /** {@code url} when it is an http(s) address (never {@code javascript:} and the like), else null. */
  static String web(String url) {
    if (url == null) return null;
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
  }

  /** Where a reader follows a document: its own address, or {@code <base>/api/documents/<id>}. */
  static String document(String base, String url, String id) {
    String web = web(url);
    return web != null ? web : trimmed(base) + "/api/documents/" + encode(id);
  }

  /** The briefing of a week in this service, as a page (the "view in the browser" link of an e-mail). */
  static String briefing(String base, String vertical, String week, String format) {
    return trimmed(base) + "/api/verticals/" + encode(vertical) + "/briefing?week=" + encode(week) + "&format=" + format;
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String trimmed(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
