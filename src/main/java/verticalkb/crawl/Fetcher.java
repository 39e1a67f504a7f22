package verticalkb.crawl;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Fetches one URL over the JDK HttpClient with the crawler's limits: connect and whole-response timeouts, a body cap
 * (longer bodies are cut and marked), manual redirects (at most {@code kb.crawl.max-redirects}, loops detected, each
 * hop checked by the SSRF guard), gzip/deflate decoding with a decompressed-size cap, and charset detection.
 * Never throws for a bad response: every outcome is a {@link FetchResult}. Thread-safe.
 */
@ApplicationScoped
public class Fetcher {

  private static final int READ_CHUNK = 16 * 1024;
  /** zlib streams start with 0x78 (deflate, 32K window, RFC 1950 §2.2); anything else is raw deflate. */
  private static final int ZLIB_HEADER = 0x78;

  private final CrawlConfig config;
  private final UrlGuard guard;
  private final HttpClient client;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "crawl-fetch-watchdog");
    t.setDaemon(true);
    return t;
  });

  Fetcher(CrawlConfig config, UrlGuard guard) {
    this.config = config;
    this.guard = guard;
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  @PreDestroy
  void close() {
    watchdog.shutdownNow();
    client.close();
  }

  /** GET with optional validators for a conditional request (RFC 9110 §13.1.2 If-None-Match, §13.1.3 If-Modified-Since). */
  public FetchResult fetch(URI url, String etag, String lastModified) {
    Set<String> seen = new HashSet<>();
    URI current = url;
    Instant at = Instant.now();
    for (int hop = 0; ; hop++) {
      Map<String, String> sent = new LinkedHashMap<>();
      String refused = guard.refusal(current, true);
      if (refused != null) return FetchResult.failure(url, current, at, sent, "refused: " + refused);
      seen.add(current.toString());
      sent.put("User-Agent", config.userAgent());
      sent.put("Accept-Encoding", "gzip, deflate");
      sent.put("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
      if (hop == 0 && etag != null) sent.put("If-None-Match", etag);
      if (hop == 0 && lastModified != null) sent.put("If-Modified-Since", lastModified);
      FetchResult r = once(url, current, sent);
      if (r.error() != null || r.status() < 300 || r.status() >= 400 || r.status() == 304) return r;
      String location = r.header("location");
      if (location == null) return r;
      URI next;
      try {
        next = URI.create(Urls.normalise(current.resolve(location.trim()).toString()));
      } catch (IllegalArgumentException | NullPointerException e) {
        return FetchResult.failure(url, current, at, sent, "redirect to an invalid location '" + location + "'");
      }
      if (seen.contains(next.toString())) {
        return FetchResult.failure(url, current, at, sent, "redirect loop: " + next + " was already visited");
      }
      if (hop + 1 > config.maxRedirects()) {
        return FetchResult.failure(url, current, at, sent, "more than " + config.maxRedirects() + " redirects");
      }
      current = next;
    }
  }

  private FetchResult once(URI requested, URI url, Map<String, String> sent) {
    Instant at = Instant.now();
    HttpRequest.Builder b = HttpRequest.newBuilder(url).timeout(config.readTimeout()).GET();
    sent.forEach(b::header);
    HttpResponse<InputStream> response;
    try {
      response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      return FetchResult.failure(requested, url, at, sent, "timeout: no response within " + config.readTimeout().toMillis() + " ms");
    } catch (IOException e) {
      return FetchResult.failure(requested, url, at, sent, "network error: " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failure(requested, url, at, sent, "interrupted");
    } catch (IllegalArgumentException e) {
      return FetchResult.failure(requested, url, at, sent, "invalid request: " + e.getMessage());
    }
    Map<String, List<String>> headers = new TreeMap<>();
    response.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v));
    int status = response.statusCode();
    List<String> problems = new ArrayList<>();
    Body body;
    long left = Duration.between(Instant.now(), at.plus(config.readTimeout())).toMillis();
    try (InputStream raw = response.body()) {
      ScheduledFuture<?> timer = watchdog.schedule(() -> closeQuietly(raw), Math.max(1, left), TimeUnit.MILLISECONDS);
      try {
        body = read(raw, headers.getOrDefault("content-encoding", List.of()), problems);
      } finally {
        timer.cancel(false);
      }
    } catch (DecompressionBomb e) {
      return withStatus(FetchResult.failure(requested, url, at, sent, e.getMessage()), status, headers);
    } catch (IOException e) {
      String reason = Duration.between(at, Instant.now()).compareTo(config.readTimeout()) >= 0
          ? "timeout: body not complete within " + config.readTimeout().toMillis() + " ms"
          : "network error while reading the body: " + describe(e);
      return withStatus(FetchResult.failure(requested, url, at, sent, reason), status, headers);
    }
    String contentType = headers.containsKey("content-type") ? headers.get("content-type").get(0) : null;
    String mime = contentType == null ? null : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    boolean html = mime == null || mime.contains("html");
    var charset = Charsets.detect(contentType, body.bytes, html, problems);
    if (body.truncated) problems.add("body cut at " + config.maxBodyBytes() + " bytes (kb.crawl.max-body-bytes)");
    return new FetchResult(requested, url, at, sent, status, headers, body.bytes, mime, charset, body.truncated,
        problems, null, retryAfter(headers));
  }

  private static FetchResult withStatus(FetchResult f, int status, Map<String, List<String>> headers) {
    return new FetchResult(f.requested(), f.url(), f.at(), f.requestHeaders(), status, headers, f.body(), null, null,
        false, List.of(), f.error(), null);
  }

  private record Body(byte[] bytes, boolean truncated) {}

  /** Signals a compressed body that expands past kb.crawl.max-decompressed-bytes. */
  static final class DecompressionBomb extends IOException {
    DecompressionBomb(String message) {
      super(message);
    }
  }

  private Body read(InputStream raw, List<String> encodings, List<String> problems) throws IOException {
    String encoding = encodings.isEmpty() ? "identity" : encodings.get(encodings.size() - 1).trim().toLowerCase(Locale.ROOT);
    if (encoding.equals("identity") || encoding.isEmpty()) return readCapped(raw, config.maxBodyBytes());
    InputStream decoded;
    switch (encoding) {
      case "gzip", "x-gzip" -> decoded = new GZIPInputStream(raw, READ_CHUNK);
      case "deflate" -> {
        PushbackInputStream p = new PushbackInputStream(raw, 1);
        int first = p.read();
        if (first >= 0) p.unread(first);
        decoded = new InflaterInputStream(p, new Inflater(first != ZLIB_HEADER), READ_CHUNK);
      }
      default -> {
        problems.add("unsupported Content-Encoding '" + encoding + "'; body kept as received");
        return readCapped(raw, config.maxBodyBytes());
      }
    }
    Body all;
    try {
      all = readCapped(decoded, config.maxDecompressedBytes());
    } catch (java.io.EOFException e) {
      problems.add("compressed body ends early");
      return new Body(new byte[0], true);
    }
    if (all.truncated) {
      throw new DecompressionBomb("decompression bomb: " + encoding + " body expands beyond " + config.maxDecompressedBytes()
          + " bytes (kb.crawl.max-decompressed-bytes)");
    }
    if (all.bytes.length > config.maxBodyBytes()) return new Body(java.util.Arrays.copyOf(all.bytes, (int) config.maxBodyBytes()), true);
    return all;
  }

  /** Reads at most {@code cap} bytes; {@code truncated} when more were there. */
  private static Body readCapped(InputStream in, long cap) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(READ_CHUNK);
    byte[] buf = new byte[READ_CHUNK];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      if (total + n > cap) {
        out.write(buf, 0, (int) (cap - total));
        return new Body(out.toByteArray(), true);
      }
      out.write(buf, 0, n);
      total += n;
    }
    return new Body(out.toByteArray(), false);
  }

  /** RFC 9110 §10.2.3: delay-seconds or an HTTP-date. */
  static Duration retryAfter(Map<String, List<String>> headers) {
    List<String> v = headers.get("retry-after");
    if (v == null || v.isEmpty()) return null;
    String s = v.get(0).trim();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(s)));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the read side reports the failure
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
