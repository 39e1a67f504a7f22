package verticalkb.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The bundled demo web ({@code src/main/resources/demo-web}): a small fictional healthcare web of trade
 * publications (RSS and Atom), an events calendar (schema.org Event, iCal) and an expert directory (schema.org
 * Person), with a robots.txt and a sitemap. Its files write absolute links as {@code {{BASE}}}, replaced by the
 * scheme, host and port it is served from, so the same files work behind any address.
 */
public final class DemoSite {

  /** Where the site lives below the server root. */
  public static final String PREFIX = "/demo/";
  private static final String ROOT = "demo-web/";
  private static final String BASE_MARK = "{{BASE}}";
  private static final Map<String, String> TYPES = Map.of(
      "html", "text/html; charset=utf-8",
      "xml", "application/xml; charset=utf-8",
      "ics", "text/calendar; charset=utf-8",
      "txt", "text/plain; charset=utf-8");

  /** A file of the site, ready to serve. */
  public record Content(byte[] body, String contentType) {}

  private DemoSite() {}

  /**
   * The file at a server path ({@code /robots.txt}, {@code /demo/...}; a folder serves its index.html) with links
   * made absolute against {@code base} ({@code http://host:port}); null when there is none.
   */
  public static Content get(String path, String base) {
    String rel;
    if (path.equals("/robots.txt")) {
      rel = "robots.txt";
    } else if (path.startsWith(PREFIX)) {
      rel = path.substring(PREFIX.length());
      // The REST layer may drop a folder's trailing slash, and a packaged jar answers a folder's name with an empty
      // stream, so a last segment without an extension is a folder.
      if (rel.endsWith("/")) rel = rel.substring(0, rel.length() - 1);
      String last = rel.substring(rel.lastIndexOf('/') + 1);
      if (rel.isEmpty()) rel = "index.html";
      else if (!last.contains(".")) rel += "/index.html";
    } else {
      return null;
    }
    if (rel.contains("..") || rel.contains("//") || rel.startsWith("/")) return null;
    try (InputStream in = DemoSite.class.getClassLoader().getResourceAsStream(ROOT + rel)) {
      if (in == null) return null;
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(BASE_MARK, base);
      String ext = rel.substring(rel.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      return new Content(text.getBytes(StandardCharsets.UTF_8), TYPES.getOrDefault(ext, "application/octet-stream"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
