package verticalkb.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** URL normalisation (crawler-commons), the frontier's URL key and the stable document id of a page. */
public final class Urls {

  private static final ThreadLocal<BasicURLNormalizer> NORMALIZER = ThreadLocal.withInitial(BasicURLNormalizer::new);
  /** One digest per thread: {@code MessageDigest.getInstance} looks the provider up on every call. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Urls::newDigest);
  /**
   * Links remembered per thread with their normalised form: a site's menus, sidebars and footers repeat on every
   * page, and the normaliser parses each URL twice (java.net.URL, then URI). Enough for the boilerplate of a few sites.
   */
  private static final int MEMO_ENTRIES = 4096;
  /** Longer links are normalised every time (a memo of them would hold much memory for few repeats). */
  private static final int MEMO_MAX_CHARS = 512;
  /** Marks a memoised link that is not an absolute http(s) URL. */
  private static final String NOT_A_URL = new String();
  private static final ThreadLocal<Map<String, String>> MEMO = ThreadLocal.withInitial(() ->
      new LinkedHashMap<>(MEMO_ENTRIES * 4 / 3 + 1, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > MEMO_ENTRIES;
        }
      });
  private static final String DOCUMENT_ID_PREFIX = "web-";
  /** 128 bits of SHA-256: collision-free for any realistic number of pages, and short enough for an id. */
  private static final int DOCUMENT_ID_BYTES = 16;

  private Urls() {}

  /** The normalised form of an absolute http(s) URL, or null when it is not one. */
  public static String normalise(String url) {
    if (url == null) return null;
    String raw = url.trim();
    if (raw.length() > MEMO_MAX_CHARS) return normaliseNow(raw);
    Map<String, String> memo = MEMO.get();
    String n = memo.get(raw);
    if (n == null) {
      n = normaliseNow(raw);
      memo.put(raw, n == null ? NOT_A_URL : n);
      return n;
    }
    return n == NOT_A_URL ? null : n;
  }

  private static String normaliseNow(String raw) {
    String n = NORMALIZER.get().filter(raw);
    if (n == null) return null;
    String lower = n.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://")) return null;
    try {
      URI uri = new URI(n);
      return uri.getHost() == null ? null : n;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** 64-bit key of a normalised URL within a source (first 8 bytes of its SHA-256). */
  public static long key(String normalisedUrl) {
    return ByteBuffer.wrap(sha256(normalisedUrl)).getLong();
  }

  /** The stable id of the document made from the page at this (normalised or canonical) URL. */
  public static String documentId(String url) {
    byte[] h = sha256(url);
    return DOCUMENT_ID_PREFIX + HexFormat.of().formatHex(h, 0, DOCUMENT_ID_BYTES);
  }

  /** Hex SHA-256 of bytes: the content hash that tells an unchanged body. */
  public static String contentHash(byte[] body) {
    return HexFormat.of().formatHex(digest().digest(body));
  }

  /** scheme://host:port, the unit of politeness. */
  public static String origin(URI uri) {
    int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static byte[] sha256(String s) {
    return digest().digest(s.getBytes(StandardCharsets.UTF_8));
  }

  /** This thread's SHA-256 digest; {@code digest(...)} leaves it reset for the next use. */
  private static MessageDigest digest() {
    return SHA256.get();
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
