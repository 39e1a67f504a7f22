package verticalkb.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The crawl benchmark's generated sites: the warm-up site shares nothing with the measured one that a crawl could reuse. */
class CrawlBenchTest {

  private static final CrawlBench.Site MEASURED = new CrawlBench.Site(0, CrawlBench.PAGES);
  private static final CrawlBench.Site WARM = new CrawlBench.Site(CrawlBench.PAGES, 2_500);

  @Test
  void articlesLinkOnlyToArticlesOfTheirOwnSite() {
    for (CrawlBench.Site site : new CrawlBench.Site[] {MEASURED, WARM}) {
      for (int i = site.first(); i < site.first() + site.pages(); i += 37) {
        for (Element a : Jsoup.parse(CrawlBench.article(i, site), "http://x/").select("aside a[href]")) {
          int n = Integer.parseInt(a.attr("href").replaceAll("\\D", ""));
          assertTrue(n >= site.first() && n < site.first() + site.pages(), "article " + i + " links to " + n);
        }
      }
    }
  }

  @Test
  void warmUpArticlesHaveOtherTextsThanTheMeasuredOnes() {
    Set<String> measured = new HashSet<>();
    for (int i = 0; i < MEASURED.pages(); i++) measured.add(text(CrawlBench.article(i, MEASURED)));
    assertEquals(MEASURED.pages(), measured.size(), "every measured article has its own text");
    for (int i = WARM.first(); i < WARM.first() + WARM.pages(); i++) {
      String page = CrawlBench.article(i, WARM);
      assertTrue(!measured.contains(text(page)), "warm-up article " + i + " repeats a measured text");
      assertNotEquals(CrawlBench.article(i - WARM.first(), MEASURED), page);
    }
  }

  @Test
  void sectionsListEveryArticleOfTheirSiteOnce() {
    // 250 articles do not fill 100 sections evenly: the last sections list fewer or none.
    for (CrawlBench.Site site : new CrawlBench.Site[] {MEASURED, new CrawlBench.Site(CrawlBench.PAGES, 250)}) {
      Set<Integer> listed = new HashSet<>();
      int links = 0;
      for (int s = 0; s < CrawlBench.SECTIONS; s++) {
        for (Element a : Jsoup.parse(CrawlBench.section(site, s)).select("a[href]")) {
          listed.add(Integer.parseInt(a.attr("href").replaceAll("\\D", "")));
          links++;
        }
      }
      assertEquals(site.pages(), links);
      assertEquals(site.pages(), listed.size());
      assertTrue(listed.stream().allMatch(n -> n >= site.first() && n < site.first() + site.pages()));
    }
  }

  private static String text(String page) {
    Document d = Jsoup.parse(page);
    return d.select("article p:not(.byline)").text();
  }
}
