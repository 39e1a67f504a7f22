package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import verticalkb.vertical.CatalogueModel.Scope;

class ScopeFilterTest {

  private static final CrawlConfig.Traps TRAPS = new CrawlConfig.Traps() {
    public int maxUrlLength() { return 120; }
    public int maxRepeatedSegments() { return 2; }
    public int maxQueryParameters() { return 3; }
  };

  private final ScopeFilter scope = new ScopeFilter("https://www.example.co.uk/news/",
      new Scope(List.of(), List.of(".*/login.*"), 2, 100, true), TRAPS);

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "https://www.example.co.uk/news/a.html | 1 | -",
      "https://blog.example.co.uk/post | 1 | -",
      "https://www.other.com/ | 1 | not on the seed's site",
      "https://www.example.co.uk/news/a.html | 3 | deeper than maxDepth",
      "https://www.example.co.uk/login?next=/ | 1 | denied by pattern",
      "https://www.example.co.uk/a/b/a/b/a/b | 1 | repeats a segment",
      "https://www.example.co.uk/list?a=1&b=2&c=3&d=4 | 1 | query parameters",
      "https://www.example.co.uk/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | 1 | longer than"})
  void rejectsWhatIsOutOfScopeWithAReason(String url, int depth, String reason) {
    String r = scope.rejection(url, depth);
    if (reason == null) assertThat(r).isNull();
    else assertThat(r).contains(reason);
  }

  @ParameterizedTest
  @CsvSource({"https://www.example.co.uk/news/x, true", "https://www.example.co.uk/shop/x, false"})
  void allowPatternsLimitTheCrawl(String url, boolean allowed) {
    ScopeFilter s = new ScopeFilter("https://www.example.co.uk/news/", new Scope(List.of(".*/news/.*"), List.of(), 3, 10, true), TRAPS);
    assertThat(s.rejection(url, 1) == null).isEqualTo(allowed);
  }
}
