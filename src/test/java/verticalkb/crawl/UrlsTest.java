package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Normalisation answers the same for a link seen before (memoised) as for a fresh one, invalid links included. */
class UrlsTest {

  private static final List<String> LINKS = List.of(
      "HTTP://Example.ORG:80/a/../b/./c.html#frag", " https://example.org/x?b=2&a=1 ", "mailto:someone@example.org",
      "/relative/path", "ftp://example.org/file", "https://example.org/" + "long/".repeat(200), "not a url at all", "");

  private static List<String> normaliseAll() {
    List<String> out = new ArrayList<>();
    for (String l : LINKS) out.add(Urls.normalise(l));
    return out;
  }

  @Test
  void repeatedLinksNormaliseAsOnAThreadThatNeverSawThem() throws Exception {
    List<String> first = normaliseAll();
    List<String> again = normaliseAll();
    AtomicReference<List<String>> fresh = new AtomicReference<>();
    Thread t = Thread.ofPlatform().start(() -> fresh.set(normaliseAll()));
    t.join();
    assertThat(again).isEqualTo(first).isEqualTo(fresh.get());
    assertThat(first.get(0)).isEqualTo("http://example.org/b/c.html");
    assertThat(first.subList(2, 5)).containsOnlyNulls();
  }

  @Test
  void aDigestReusedAcrossCallsGivesEachInputItsOwnHash() {
    assertThat(Urls.key("https://example.org/a")).isEqualTo(Urls.key("https://example.org/a")).isNotEqualTo(Urls.key("https://example.org/b"));
    assertThat(Urls.contentHash(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }
}
