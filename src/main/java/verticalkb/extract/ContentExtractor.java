package verticalkb.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The extractor of the service: sniffs what a response is (HTML, RSS/Atom, sitemap, iCalendar) and hands it to
 * the matching reader. Never throws for bad input: oversized bodies are cut (and the cut recorded), binary bodies
 * and unknown formats answer {@link Extraction#unsupported}, and any failure inside a reader becomes a problem.
 * Thread-safe and stateless.
 */
@ApplicationScoped
public class ContentExtractor implements Extractor {

  private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private final int maxParseBytes;
  private final HtmlExtractor html;

  @Inject
  public ContentExtractor(ExtractConfig config) {
    this(config.maxParseBytes(), config.maxLinks());
  }

  /** For use outside CDI (tests, benchmarks, tools): the given limits. */
  public ContentExtractor(int maxParseBytes, int maxLinks) {
    this.maxParseBytes = maxParseBytes;
    this.html = new HtmlExtractor(maxLinks);
  }

  /** With the default limits of {@link ExtractConfig}. */
  public static ContentExtractor withDefaults() {
    return new ContentExtractor(5 << 20, 5000);
  }

  @Override
  public Extraction extract(URI url, String contentType, byte[] body) {
    if (body == null || body.length == 0) return Extraction.unsupported("empty body");
    List<String> problems = new ArrayList<>();
    byte[] bytes = body;
    if (bytes.length > maxParseBytes) {
      problems.add("body of " + body.length + " bytes truncated to the first " + maxParseBytes + " (kb.extract.max-parse-bytes)");
      bytes = Arrays.copyOf(body, maxParseBytes);
    }
    ContentSniffer.Kind kind = ContentSniffer.sniff(contentType, bytes);
    try {
      return switch (kind) {
        case HTML -> html(url, contentType, bytes, problems);
        case FEED -> FeedExtractor.extract(url, contentType, bytes, problems);
        case SITEMAP -> SitemapExtractor.extract(url, contentType, bytes, problems);
        case CALENDAR -> CalendarExtractor.extract(url, bytes, problems);
        case BINARY -> Extraction.unsupported(binaryReason(contentType, bytes));
        case UNKNOWN -> Extraction.unsupported("unsupported content" + (contentType == null ? "" : " (" + contentType + ")")
            + ": expected HTML, RSS/Atom, a sitemap or iCalendar");
      };
    } catch (RuntimeException | StackOverflowError e) {
      // A reader failing on hostile input must not fail the crawl: the page is skipped with the reason.
      problems.add("extraction failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      return new Extraction("unsupported", null, null, null, List.of(), null, null, null, null, List.of(), List.of(),
          List.of(), List.of(), problems);
    }
  }

  private static String binaryReason(String contentType, byte[] body) {
    String magic = ContentSniffer.magic(body);
    return "binary content" + (magic == null ? "" : " (" + magic + ")")
        + (contentType == null ? "" : " labelled " + contentType) + ": not text, skipped";
  }

  private Extraction html(URI url, String contentType, byte[] body, List<String> problems) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(body), charset(contentType), url == null ? "" : url.toString());
    } catch (IOException e) {
      return Extraction.unsupported("HTML could not be decoded: " + e.getMessage());
    }
    return html.extract(doc, url, problems);
  }

  /** The charset the Content-Type names, if Java knows it; else null, so the page's own declaration decides. */
  private static String charset(String contentType) {
    if (contentType == null) return null;
    Matcher m = CHARSET.matcher(contentType);
    if (!m.find()) return null;
    try {
      return Charset.forName(m.group(1).toLowerCase(Locale.ROOT)).name();
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
