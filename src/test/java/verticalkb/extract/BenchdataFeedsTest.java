package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every feed of feedparser's test suite ({@code benchdata/feedparser-tests}) goes through the extractor without an
 * exception, and the well-formed ones yield the titles and links their {@code Expect:} expressions state (the
 * {@code feed['title']}, {@code entries[i]['title']} and {@code entries[i]['link']} equalities, compared as text).
 */
@Tag("benchdata")
class BenchdataFeedsTest {

  private static final Path DIR = Path.of(System.getProperty("benchdata.dir", "../shared/benchdata"), "feedparser-tests");
  private static final Pattern CLAUSE = Pattern.compile(
      "(feed|entries\\[(\\d+)\\])\\['(title|link)'\\]\\s*==\\s*(u?'((?:[^'\\\\]|\\\\.)*)'|u?\"((?:[^\"\\\\]|\\\\.)*)\")");

  /**
   * Cases we knowingly do not support: base64-encoded text constructs ({@code mode="base64"} is Atom 0.3 syntax,
   * which ROME does not decode inside Atom 1.0).
   */
  private static final java.util.Set<String> UNSUPPORTED = java.util.Set.of(
      "wellformed/atom10/entry_title_base64.xml", "wellformed/atom10/entry_title_base64_2.xml",
      "wellformed/atom10/feed_title_base64.xml", "wellformed/atom10/feed_title_base64_2.xml");

  record Case(String path, String suite, String expect, String contentType) {}

  static List<Case> cases() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> out = new ArrayList<>();
    try (Stream<String> lines = Files.lines(DIR.resolve("expectations.jsonl"))) {
      for (String line : lines.toList()) {
        JsonNode n = json.readTree(line);
        String type = "application/xml";
        JsonNode headers = n.get("headers");
        if (headers != null && headers.isObject()) {
          for (var it = headers.fields(); it.hasNext();) {
            var h = it.next();
            if (h.getKey().equalsIgnoreCase("content-type")) type = h.getValue().asText();
          }
        }
        out.add(new Case(n.get("path").asText(), n.get("suite").asText(), n.get("expect").asText(), type));
      }
    }
    return out;
  }

  @Test
  void everyFeedParsesWithoutAnExceptionAndWellFormedOnesYieldExpectedTitlesAndLinks() throws IOException {
    ContentExtractor extractor = ContentExtractor.withDefaults();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Case c : cases()) {
      byte[] body = Files.readAllBytes(DIR.resolve(c.path()));
      Extraction x = extractor.extract(URI.create("http://example.com/" + c.path()), c.contentType(), body);
      assertThat(x.type()).as(c.path()).isNotNull();
      assertThat(x.problems()).as(c.path()).noneMatch(p -> p.startsWith("extraction failed"));
      if (!c.suite().equals("wellformed") || UNSUPPORTED.contains(c.path())) continue;
      Matcher m = CLAUSE.matcher(c.expect());
      while (m.find()) {
        String expected = unescape(m.group(5) != null ? m.group(5) : m.group(6));
        String actual;
        if (m.group(1).equals("feed")) {
          if (!m.group(3).equals("title")) continue;
          actual = x.title();
        } else {
          int i = Integer.parseInt(m.group(2));
          if (x.entries().size() <= i) {
            failures.add(c.path() + ": no entry " + i);
            continue;
          }
          Extraction.Entry e = x.entries().get(i);
          actual = m.group(3).equals("title") ? e.title() : e.url() == null ? null : e.url().toString();
        }
        checked++;
        // feedparser answers HTML for html/xhtml constructs and raw text for text ones; we answer plain text
        String plain = actual == null ? "" : actual.replaceAll("\\s+", " ").strip();
        if (!asText(expected).equals(plain) && !expected.strip().equals(plain)) {
          failures.add(c.path() + ": " + m.group(1) + " " + m.group(3) + " expected <" + expected + "> but was <" + actual + ">");
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(failures).as("checked %d expectations", checked).isEmpty();
  }

  /** Titles are compared as a reader sees them: markup and entities resolved, white space collapsed. */
  private static String asText(String s) {
    if (s == null) return "";
    return Jsoup.parse(s).text().replaceAll("\\s+", " ").strip();
  }

  /** Python string-literal escapes as the expectations use them. */
  private static String unescape(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        sb.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'u' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        case 'x' -> {
          sb.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> sb.append(n);
      }
    }
    return sb.toString();
  }
}
