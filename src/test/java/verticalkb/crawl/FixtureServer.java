package verticalkb.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import verticalkb.demo.DemoSite;

/**
 * A real HTTP server on loopback for crawl tests: serves the demo web (with ETags, so re-crawls get 304), a
 * configurable robots.txt, pages added by a test, and named hostile routes under {@code /trap/}. Records every
 * request (path and time) so that tests can measure politeness from the server's side.
 */
final class FixtureServer implements AutoCloseable {

  /** One request as the server saw it. */
  record Hit(String path, long nanos, String ifNoneMatch) {}

  static final int HUGE_BYTES = 6 * 1024 * 1024;
  static final int BOMB_BYTES = 64 * 1024 * 1024;

  private final HttpServer server;
  private final List<Hit> hits = new CopyOnWriteArrayList<>();
  private final Map<String, Function<HttpExchange, byte[]>> pages = new ConcurrentHashMap<>();
  private final AtomicInteger retryCalls = new AtomicInteger();
  private volatile String robots = "User-agent: *\nDisallow: /demo/members/\n";
  private volatile String redirectTarget = "http://127.0.0.1:1/";
  private volatile boolean down;

  FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::handle);
    server.start();
    if (Bomb.BYTES.length == 0) throw new IllegalStateException("no bomb");
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  URI uri(String path) {
    return URI.create(base() + path);
  }

  FixtureServer robots(String text) {
    this.robots = text;
    return this;
  }

  /** Where /trap/redirect-out sends the client. */
  FixtureServer redirectTarget(String url) {
    this.redirectTarget = url;
    return this;
  }

  /** An HTML page at the path. */
  FixtureServer page(String path, String html) {
    pages.put(path, x -> html.getBytes(StandardCharsets.UTF_8));
    return this;
  }

  /** Every request now fails with 500, until {@code down(false)}. */
  FixtureServer down(boolean down) {
    this.down = down;
    return this;
  }

  List<Hit> hits() {
    return List.copyOf(hits);
  }

  List<Hit> hits(String path) {
    return hits.stream().filter(h -> h.path.equals(path)).toList();
  }

  long count(String path) {
    return hits(path).size();
  }

  void clearHits() {
    hits.clear();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getRawPath();
    hits.add(new Hit(path, System.nanoTime(), x.getRequestHeaders().getFirst("If-None-Match")));
    try (x) {
      if (down && !path.equals("/robots.txt")) {
        send(x, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/robots.txt")) {
        send(x, 200, "text/plain", robots.getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.startsWith("/broken/")) {
        send(x, 500, "text/plain", "every page here fails".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.startsWith("/trap/")) {
        trap(x, path.substring("/trap/".length()));
        return;
      }
      Function<HttpExchange, byte[]> p = pages.get(path);
      if (p != null) {
        send(x, 200, "text/html; charset=utf-8", p.apply(x));
        return;
      }
      DemoSite.Content c = DemoSite.get(path, base());
      if (c == null) {
        send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(c.body())) + "\"";
      x.getResponseHeaders().set("ETag", etag);
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        return;
      }
      send(x, 200, c.contentType(), c.body());
    }
  }

  private void trap(HttpExchange x, String name) throws IOException {
    switch (name) {
      case "index.html" -> {
        StringBuilder b = new StringBuilder("<html><body><h1>Traps</h1>");
        for (String t : List.of("not-found", "error", "slow", "loop-a", "huge", "bomb", "bad-charset", "redirect-out", "ok"))
          b.append("<a href=\"/trap/").append(t).append("\">").append(t).append("</a> ");
        send(x, 200, "text/html", b.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8));
      }
      case "ok" -> send(x, 200, "text/html", "<html><head><title>OK</title></head><body><p>Fine.</p></body></html>".getBytes(StandardCharsets.UTF_8));
      case "not-found" -> send(x, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8));
      case "error" -> send(x, 500, "text/plain", "boom".getBytes(StandardCharsets.UTF_8));
      case "slow" -> {
        sleep(5000);
        send(x, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
      }
      case "loop-a" -> redirect(x, "/trap/loop-b");
      case "loop-b" -> redirect(x, "/trap/loop-a");
      case "redirect-out" -> redirect(x, redirectTarget);
      case "huge" -> {
        byte[] body = new byte[HUGE_BYTES];
        java.util.Arrays.fill(body, (byte) 'a');
        byte[] head = "<html><head><title>Huge</title></head><body><p>".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, body, 0, head.length);
        send(x, 200, "text/html", body);
      }
      case "bomb" -> {
        x.getResponseHeaders().set("Content-Encoding", "gzip");
        send(x, 200, "text/html", Bomb.BYTES);
      }
      case "bad-charset" -> send(x, 200, "text/html; charset=x-no-such-charset",
          "<html><head><title>Caf\u00e9</title></head><body><p>Men\u00fc</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));
      case "retry" -> {
        if (retryCalls.getAndIncrement() == 0) {
          x.getResponseHeaders().set("Retry-After", "1");
          send(x, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
        } else {
          send(x, 200, "text/html", "<html><head><title>Retried</title></head><body><p>ok</p></body></html>".getBytes(StandardCharsets.UTF_8));
        }
      }
      default -> send(x, 404, "text/plain", new byte[0]);
    }
  }

  /** A small gzip body that expands to {@value #BOMB_BYTES} bytes, made once. */
  private static final class Bomb {
    static final byte[] BYTES = make();

    private static byte[] make() {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
        byte[] zeros = new byte[1 << 20];
        for (int i = 0; i < BOMB_BYTES / zeros.length; i++) gz.write(zeros);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return buf.toByteArray();
    }
  }

  private static void redirect(HttpExchange x, String location) throws IOException {
    x.getResponseHeaders().set("Location", location);
    x.sendResponseHeaders(302, -1);
  }

  private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      } catch (IOException clientGaveUp) {
        // the crawler cut the body (size cap) or timed out: that is what the test is about
      }
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<Long> gapsMillis(List<Hit> hits) {
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < hits.size(); i++) gaps.add((hits.get(i).nanos() - hits.get(i - 1).nanos()) / 1_000_000);
    return gaps;
  }
}
