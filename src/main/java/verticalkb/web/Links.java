package verticalkb.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Query strings for the pages' own links: values encoded, empty ones left out. */
final class Links {

  private Links() {}

  /** {@code path?name=value&…&} — ready for one more parameter to be appended. */
  static String of(String path, Map<String, List<String>> params) {
    StringBuilder out = new StringBuilder(path).append('?');
    params.forEach((name, values) -> {
      for (String v : values) {
        if (v != null && !v.isBlank()) out.append(name).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
      }
    });
    return out.toString();
  }

  /** One value, encoded for a path segment or a query. */
  static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static List<String> one(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
