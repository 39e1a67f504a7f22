package verticalkb.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address of a document's page: ids come from elsewhere (imports, URLs) and may hold any character. */
final class DocumentLinks {

  private DocumentLinks() {}

  static String page(String id) {
    return id == null ? null : "/documents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
