package verticalkb.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what a response is from its bytes first and its declared type second (servers mislabel: feeds served
 * as text/html, PDFs as HTML, calendars as text/plain). Looks at a bounded prefix only.
 */
final class ContentSniffer {

  /** The kinds of content the extractors read. */
  enum Kind { HTML, FEED, SITEMAP, CALENDAR, BINARY, UNKNOWN }

  /** Bytes inspected: enough for an XML prolog, comments and the root element of real feeds and sitemaps. */
  private static final int PREFIX_BYTES = 4096;
  /** Share of control bytes above which a body is binary, whatever its label says. */
  private static final double BINARY_SHARE = 0.1;

  /** A feed's root or channel element, namespace prefix allowed ({@code <r:rss>}, {@code <rdf:RDF>}). */
  private static final java.util.regex.Pattern FEED_ROOT = java.util.regex.Pattern.compile("<([\\w.-]+:)?(rss|feed|rdf|channel)[\\s>/]");

  private ContentSniffer() {}

  static Kind sniff(String contentType, byte[] body) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String head = prefix(body);
    String magic = magic(body);
    if (magic != null || binary(body)) return Kind.BINARY;
    String h = head.toLowerCase(Locale.ROOT);
    if (h.startsWith("begin:vcalendar") || type.startsWith("text/calendar")) return Kind.CALENDAR;
    boolean xmlish = h.startsWith("<?xml") || h.startsWith("<rss") || h.startsWith("<feed") || h.startsWith("<rdf")
        || h.startsWith("<urlset") || h.startsWith("<sitemapindex") || h.startsWith("<!--");
    if (xmlish || type.contains("xml")) {
      if (h.contains("<urlset") || h.contains("<sitemapindex")) return Kind.SITEMAP;
      if (FEED_ROOT.matcher(h).find() || type.contains("rss") || type.contains("atom")) {
        return Kind.FEED;
      }
    }
    if (type.contains("html") || h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<body")
        || h.contains("<head") || h.contains("<p>") || h.contains("<div")) {
      return Kind.HTML;
    }
    if (h.startsWith("<") && type.contains("xml")) return Kind.UNKNOWN;
    if (type.isEmpty() || type.startsWith("text/")) return h.startsWith("<") ? Kind.HTML : Kind.UNKNOWN;
    return Kind.UNKNOWN;
  }

  /** The first bytes as text, after a byte-order mark and leading white space. */
  private static String prefix(byte[] body) {
    int n = Math.min(body.length, PREFIX_BYTES);
    String s;
    if (n >= 2 && (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF)) {
      s = new String(body, 2, n - 2, StandardCharsets.UTF_16BE);
    } else if (n >= 2 && (body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)) {
      s = new String(body, 2, n - 2, StandardCharsets.UTF_16LE);
    } else {
      s = new String(body, 0, n, StandardCharsets.UTF_8);
    }
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
    return s.stripLeading();
  }

  /** A name for well-known binary formats by their magic numbers, else null. */
  static String magic(byte[] b) {
    if (startsWith(b, "%PDF")) return "PDF";
    if (startsWith(b, "\u0089PNG")) return "PNG";
    if (startsWith(b, "GIF8")) return "GIF";
    if (b.length > 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) return "JPEG";
    if (startsWith(b, "PK\u0003\u0004")) return "ZIP";
    if (b.length > 1 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) return "gzip";
    if (startsWith(b, "RIFF")) return "RIFF media";
    if (b.length > 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') return "MP4";
    return null;
  }

  private static boolean startsWith(byte[] b, String ascii) {
    if (b.length < ascii.length()) return false;
    for (int i = 0; i < ascii.length(); i++) {
      if ((b[i] & 0xFF) != ascii.charAt(i)) return false;
    }
    return true;
  }

  /** Many control bytes (other than tab, CR, LF, FF) in the prefix: not text. UTF-16 bodies start with a BOM. */
  private static boolean binary(byte[] b) {
    int n = Math.min(b.length, PREFIX_BYTES);
    if (n >= 2 && ((b[0] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFF)) return false;
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
    }
    return n > 0 && control > n * BINARY_SHARE;
  }
}
