package verticalkb.crawl;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import verticalkb.KbConfig;

/**
 * The raw archive: every response the crawler receives, with its request, as WARC 1.1 records (jwarc) in
 * {@code kb.data-dir/warc/*.warc}, a new file past {@code kb.crawl.warc.max-file-bytes}. Bodies are stored decoded
 * (Content-Encoding removed, Content-Length set to the stored length). Each response carries the source it was
 * fetched for in a {@value #SOURCE_HEADER} header, which reprocessing uses. Writes are buffered and serialised;
 * {@link #flush()} makes them durable.
 */
@ApplicationScoped
public class WarcArchive {

  public static final String SOURCE_HEADER = "WARC-KB-Source";
  private static final Logger LOG = Logger.getLogger(WarcArchive.class);
  private static final int BUFFER_BYTES = 1 << 20;
  private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
  /** Hop-by-hop or re-encoded headers that no longer describe the stored body. */
  private static final Set<String> DROPPED = Set.of("content-encoding", "transfer-encoding", "content-length", "connection", ":status");

  private final Path dir;
  private final long maxFileBytes;
  private WarcWriter writer;
  private CountingStream out;
  private int sequence;

  WarcArchive(KbConfig kb, CrawlConfig config) {
    this.dir = kb.dataDir().resolve("warc");
    this.maxFileBytes = config.warc().maxFileBytes();
  }

  public Path dir() {
    return dir;
  }

  /** Archives the request and response of a fetch that got an answer; a fetch without one has nothing to archive. */
  public synchronized void write(FetchResult r, String sourceId) throws IOException {
    if (r.status() == 0) return;
    if (writer == null || out.count >= maxFileBytes) rotate();
    URI uri = r.url();
    WarcResponse.Builder rb = new WarcResponse.Builder(uri)
        .date(r.at())
        .body(MediaType.HTTP_RESPONSE, httpResponse(r))
        .addHeader(SOURCE_HEADER, sourceId);
    if (r.truncated()) rb.truncated(WarcTruncationReason.LENGTH);
    WarcResponse response = rb.build();
    WarcRequest request = new WarcRequest.Builder(uri)
        .date(r.at())
        .body(MediaType.HTTP_REQUEST, httpRequest(uri, r.requestHeaders()))
        .concurrentTo(response.id())
        .build();
    writer.write(response);
    writer.write(request);
  }

  public synchronized void flush() {
    try {
      if (out != null) out.flush();
    } catch (IOException e) {
      LOG.errorf("warc: flush failed: %s", e.getMessage());
    }
  }

  /** The archive files, oldest first. */
  public synchronized List<Path> files() throws IOException {
    flush();
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".warc")).sorted().toList();
    }
  }

  @PreDestroy
  synchronized void close() {
    try {
      if (writer != null) writer.close();
    } catch (IOException e) {
      LOG.errorf("warc: close failed: %s", e.getMessage());
    }
    writer = null;
  }

  private void rotate() throws IOException {
    close();
    Files.createDirectories(dir);
    Path file = dir.resolve("kb-" + FILE_TIME.format(java.time.Instant.now()) + "-" + String.format(Locale.ROOT, "%05d", sequence++) + ".warc");
    out = new CountingStream(new BufferedOutputStream(Files.newOutputStream(file), BUFFER_BYTES));
    writer = new WarcWriter(out);
  }

  private static byte[] httpResponse(FetchResult r) {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(r.status()).append(' ').append(reason(r.status())).append("\r\n");
    for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
      if (DROPPED.contains(h.getKey())) continue;
      for (String v : h.getValue()) head.append(h.getKey()).append(": ").append(clean(v)).append("\r\n");
    }
    head.append("content-length: ").append(r.body().length).append("\r\n\r\n");
    return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), r.body());
  }

  private static byte[] httpRequest(URI uri, Map<String, String> headers) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
    StringBuilder b = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: ").append(uri.getRawAuthority()).append("\r\n");
    headers.forEach((k, v) -> b.append(k).append(": ").append(clean(v)).append("\r\n"));
    return b.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String clean(String v) {
    return v.replace('\r', ' ').replace('\n', ' ');
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 304 -> "Not Modified";
      case 404 -> "Not Found";
      case 500 -> "Internal Server Error";
      default -> "Status";
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream o = new ByteArrayOutputStream(a.length + b.length);
    o.writeBytes(a);
    o.writeBytes(b);
    return o.toByteArray();
  }

  /** Counts bytes written, for rotation by size. */
  private static final class CountingStream extends FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
