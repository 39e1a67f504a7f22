package verticalkb.crawl;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the charset of a body the way the WHATWG encoding sniffing algorithm orders it: byte order mark first,
 * then the Content-Type header, then a {@code <meta>} declaration in the first bytes of HTML, else UTF-8.
 */
final class Charsets {

  /** The HTML spec's prescan looks at the first 1024 bytes for a meta charset. */
  static final int META_PRESCAN_BYTES = 1024;
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Pattern META_CHARSET = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?([a-zA-Z0-9_.:-]+)");

  private Charsets() {}

  /** The charset to decode with; a declared but unknown charset adds a problem and falls through to the next clue. */
  static Charset detect(String contentTypeHeader, byte[] body, boolean html, List<String> problems) {
    Charset bom = bom(body);
    if (bom != null) return bom;
    if (contentTypeHeader != null) {
      Matcher m = HEADER_CHARSET.matcher(contentTypeHeader);
      if (m.find()) {
        Charset c = lookup(m.group(1), "Content-Type header", problems);
        if (c != null) return c;
      }
    }
    if (html) {
      String head = new String(body, 0, Math.min(body.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        Charset c = lookup(m.group(1), "meta tag", problems);
        if (c != null) return c;
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static Charset bom(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
    if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
    if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
    return null;
  }

  private static Charset lookup(String name, String where, List<String> problems) {
    try {
      return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      problems.add("unknown charset '" + name + "' in " + where + "; decoded otherwise");
      return null;
    }
  }
}
