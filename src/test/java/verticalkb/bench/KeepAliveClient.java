package verticalkb.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The benchmark's light HTTP/1.1 client: one blocking keep-alive connection, used by one client thread, requests sent as
 * prepared bytes and answers read whole (Content-Length or chunked) on that thread. The JDK HttpClient hands every
 * request to its selector thread and back through an executor, which on our 2 cores costs the load generator CPU the
 * servers under test then lack; this one has no other thread. Not thread-safe: one per client thread.
 */
final class KeepAliveClient implements AutoCloseable {

  private static final int BUFFER = 64 * 1024;
  private static final int MAX_LINE = 8 * 1024;

  private final String host;
  private final int port;
  private Socket socket;
  private BufferedInputStream in;
  private OutputStream out;
  private final ByteArrayOutputStream body = new ByteArrayOutputStream(BUFFER);
  private final byte[] scratch = new byte[BUFFER];
  private boolean closeAfter;

  KeepAliveClient(String host, int port) {
    this.host = host;
    this.port = port;
  }

  /** A GET of {@code target} (path and query) as request bytes. */
  static byte[] get(String host, int port, String target) {
    return ("GET " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  /** A POST of a JSON body to {@code target} as request bytes. */
  static byte[] postJson(String host, int port, String target, String json) {
    byte[] content = json.getBytes(StandardCharsets.UTF_8);
    byte[] head = ("POST " + target + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: application/json\r\nContent-Length: "
        + content.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] request = new byte[head.length + content.length];
    System.arraycopy(head, 0, request, 0, head.length);
    System.arraycopy(content, 0, request, head.length, content.length);
    return request;
  }

  /**
   * Sends one request and reads the whole answer; answers the status. A connection the server closed in between is
   * opened again once (the requests of the benchmark are searches, safe to repeat).
   */
  int send(byte[] request) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        if (socket == null) connect();
        out.write(request);
        out.flush();
        int status = readResponse();
        if (closeAfter) close();
        return status;
      } catch (IOException e) {
        close();
        if (attempt > 0) throw e;
      }
    }
  }

  /** The body of the last answer, as text (for error messages). */
  String lastBody() {
    return body.toString(StandardCharsets.UTF_8);
  }

  private void connect() throws IOException {
    socket = new Socket(host, port);
    socket.setTcpNoDelay(true);
    in = new BufferedInputStream(socket.getInputStream(), BUFFER);
    out = socket.getOutputStream();
  }

  private int readResponse() throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP/1.x status line: " + statusLine);
    int status = Integer.parseInt(parts[1]);
    long length = -1;
    boolean chunked = false;
    closeAfter = parts[0].equals("HTTP/1.0");
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      if (colon < 0) continue;
      String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = h.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> closeAfter = value.equalsIgnoreCase("close");
        default -> { }
      }
    }
    body.reset();
    if (chunked) {
      for (long size = chunkSize(); size > 0; size = chunkSize()) {
        copy(size);
        line();
      }
      while (!line().isEmpty()) {
        // trailers: none expected, read past them
      }
    } else if (length >= 0) {
      copy(length);
    } else {
      throw new IOException("an answer with neither Content-Length nor chunked encoding: the benchmark needs keep-alive");
    }
    return status;
  }

  private long chunkSize() throws IOException {
    String l = line();
    int semi = l.indexOf(';');
    return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).trim(), 16);
  }

  private void copy(long n) throws IOException {
    long left = n;
    while (left > 0) {
      int r = in.read(scratch, 0, (int) Math.min(scratch.length, left));
      if (r < 0) throw new IOException("connection closed " + left + " bytes before the end of the answer");
      body.write(scratch, 0, r);
      left -= r;
    }
  }

  private String line() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) throw new IOException("connection closed by the server");
      if (c != '\r') sb.append((char) c);
      if (sb.length() > MAX_LINE) throw new IOException("a header line longer than " + MAX_LINE + " characters");
    }
    return sb.toString();
  }

  @Override
  public void close() {
    if (socket == null) return;
    try {
      socket.close();
    } catch (IOException e) {
      // closing a socket we no longer use: nothing to do
    }
    socket = null;
  }
}
