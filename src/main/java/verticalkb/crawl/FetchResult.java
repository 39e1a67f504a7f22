package verticalkb.crawl;

import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One fetch, whatever came of it: the final URL after redirects, the status and headers (names lower-case), the
 * decoded body (cut at the cap, then {@code truncated}), the charset found, problems met on the way that did not stop
 * the fetch, and {@code error} when nothing usable came back (timeout, redirect loop, decompression bomb, SSRF).
 */
public record FetchResult(
    URI requested,
    URI url,
    Instant at,
    Map<String, String> requestHeaders,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    String mimeType,
    Charset charset,
    boolean truncated,
    List<String> problems,
    String error,
    Duration retryAfter) {

  static FetchResult failure(URI requested, URI url, Instant at, Map<String, String> requestHeaders, String error) {
    return new FetchResult(requested, url, at, requestHeaders, 0, Map.of(), new byte[0], null, null, false, List.of(), error, null);
  }

  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /** The content type handed to extractors: the MIME type with the charset that was detected. */
  public String contentType() {
    if (mimeType == null) return null;
    return charset == null ? mimeType : mimeType + "; charset=" + charset.name();
  }

  public boolean ok() {
    return error == null && status >= 200 && status < 300;
  }
}
