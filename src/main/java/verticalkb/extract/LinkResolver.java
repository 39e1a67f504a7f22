package verticalkb.extract;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Resolves the links of one page to absolute http(s) URIs exactly as {@code SchemaMentions.uri(e.absUrl(key), null)}
 * does, at a fraction of the cost: jsoup's {@code absUrl} parses the base URL and runs a control-character regex over
 * it and the link for every call, and an unknown scheme ({@code javascript:}) makes {@code java.net.URL} search the
 * class path for a handler each time. Here the base is parsed once, the strip is a scan, links with another scheme
 * are refused before any parsing, and a link repeated on the page is resolved once. One instance per page.
 */
final class LinkResolver {

  /** jsoup's own fix-up of "/./" and "/../" left at the start of a resolved path ({@code StringUtil.resolve}). */
  private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/((\\.{1,2}/)+)");
  /** What jsoup keeps as-is when java.net.URL cannot make sense of it. */
  private static final Pattern VALID_URI_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");

  private final Map<String, URI> resolved = new HashMap<>();
  private String baseUri;
  /** The parsed base, or null when the base is not a URL (then every link must be absolute on its own). */
  private URL base;

  /** The absolute http(s) target of the element's attribute, or null when it has none. */
  URI resolve(Element e, String key) {
    if (!e.hasAttr(key)) return null;
    String elementBase = e.baseUri();
    if (!elementBase.equals(baseUri)) {
      baseUri = elementBase;
      base = parse(stripControlChars(elementBase));
      resolved.clear();
    }
    return resolved.computeIfAbsent(e.attr(key), this::resolve);
  }

  private URI resolve(String href) {
    String rel = stripControlChars(href);
    if (otherScheme(rel)) return null;
    return SchemaMentions.uri(absolute(rel), null);
  }

  /** jsoup's {@code StringUtil.resolve(String, String)} on a stripped link, with the base already parsed. */
  private String absolute(String rel) {
    try {
      if (base == null) return new URL(rel).toExternalForm();
      String spec = rel.startsWith("?") ? base.getPath() + rel : rel;
      URL url = new URL(base, spec);
      String file = url.getFile();
      if (file.startsWith("/.")) file = EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/");
      if (url.getRef() != null) file = file + "#" + url.getRef();
      return new URL(url.getProtocol(), url.getHost(), url.getPort(), file).toExternalForm();
    } catch (MalformedURLException ex) {
      return VALID_URI_SCHEME.matcher(rel).find() ? rel : "";
    }
  }

  private static URL parse(String url) {
    try {
      return new URL(url);
    } catch (MalformedURLException e) {
      return null;
    }
  }

  /**
   * Whether the link starts with a scheme java.net.URL would take that is not http(s) ("javascript:", "mailto:"):
   * whatever such a link resolves to, it is not an http(s) link. A leading "url:" prefix, which URL skips, is left to
   * the full path.
   */
  static boolean otherScheme(String rel) {
    if (rel.isEmpty() || !isAsciiLetter(rel.charAt(0))) return false;
    int i = 1;
    while (i < rel.length()) {
      char c = rel.charAt(i);
      if (c == ':') break;
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '.' && c != '+' && c != '-') return false;
      i++;
    }
    if (i == rel.length()) return false;
    String scheme = rel.substring(0, i);
    return !scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https") && !scheme.equalsIgnoreCase("url");
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  /** jsoup strips ASCII control characters from links as browsers do; a scan, not a regex, when there are none. */
  static String stripControlChars(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < 0x20) {
        StringBuilder out = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          if (s.charAt(j) >= 0x20) out.append(s.charAt(j));
        }
        return out.toString();
      }
    }
    return s;
  }
}
