package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkResolverTest {

  private static final Path ROOT = Path.of(System.getProperty("benchdata.dir", "../shared/benchdata"));

  /** What the link reader used before: jsoup's absUrl, then only http(s). */
  private static URI viaAbsUrl(Element a) {
    return SchemaMentions.uri(a.absUrl("href"), null);
  }

  private static void assertSameAsAbsUrl(Document doc) {
    LinkResolver resolver = new LinkResolver();
    for (Element a : doc.select("a, area, link")) {
      assertThat(resolver.resolve(a, "href")).as(a.outerHtml()).isEqualTo(viaAbsUrl(a));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://news.example.org/2024/03/story?id=7#top", "http://example.org", "not a url",
      "https://example.org/a/b/", "HTTPS://Example.ORG:8443/x"})
  void resolvesEveryKindOfLinkAsJsoupAbsUrlDoes(String base) {
    String html = """
        <a href="/world/story">root</a><a href="other">relative</a><a href="./here">dot</a><a href="../up">up</a>
        <a href="?page=2">query</a><a href="#section">fragment</a><a href="//cdn.example.net/x">scheme-relative</a>
        <a href="javascript:void(0)">js</a><a href="mailto:a@example.org">mail</a><a href="tel:+4930123">tel</a>
        <a href="HTTP://Example.com/A">upper</a><a href="http:relative">same scheme</a><a href="url:/x">url prefix</a>
        <a href=" https://example.com/space ">spaces</a><a href="https://exa&#9;mple.com/t&#10;ab">control</a>
        <a href="a,b:c">comma</a><a href="x1+.-:y">odd scheme</a><a href="data:text/plain,hi">data</a>
        <a href="">empty</a><a>none</a><a href="https://example.com/a b">blank</a><a href="/./x/../y">dots</a>
        <a href="ftp://files.example.org/f">ftp</a><a href="https://[::1]:80/v6">ipv6</a><a href="http://">hostless</a>
        <a href="/repeat">one</a><a href="/repeat">two</a><area href="/map"><link href="/feed" rel="alternate">
        """;
    assertSameAsAbsUrl(Jsoup.parse(html, base));
  }

  @Test
  void followsABaseElement() {
    assertSameAsAbsUrl(Jsoup.parse("<base href='https://cdn.example.org/dir/'><a href='x'>x</a><a href='/y'>y</a>",
        "https://example.org/page"));
  }

  @Test
  void refusesOtherSchemesBeforeParsing() {
    assertThat(LinkResolver.otherScheme("javascript:void(0)")).isTrue();
    assertThat(LinkResolver.otherScheme("MailTo:x@example.org")).isTrue();
    assertThat(LinkResolver.otherScheme("https://example.org")).isFalse();
    assertThat(LinkResolver.otherScheme("url:https://example.org")).isFalse();
    assertThat(LinkResolver.otherScheme("/path:with-colon")).isFalse();
    assertThat(LinkResolver.otherScheme("a,b:c")).isFalse();
  }

  @Test
  void stripsControlCharactersOnlyWhenThereAreSome() {
    String clean = "https://example.org/a";
    assertThat(LinkResolver.stripControlChars(clean)).isSameAs(clean);
    assertThat(LinkResolver.stripControlChars("https://exa\tmple.org/\na\u0000")).isEqualTo("https://example.org/a");
  }

  @Test
  @Tag("benchdata")
  void givesTheSameLinksAsAbsUrlOnEveryBenchmarkPage() throws IOException {
    Path dir = ROOT.resolve("article-extraction-benchmark");
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    int pages = 0;
    for (Iterator<String> it = truth.fieldNames(); it.hasNext();) {
      String id = it.next();
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
        html = in.readAllBytes();
      }
      assertSameAsAbsUrl(Jsoup.parse(new String(html, StandardCharsets.UTF_8), truth.get(id).get("url").asText()));
      pages++;
    }
    assertThat(pages).isGreaterThan(100);
  }
}
