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
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import verticalkb.extract.Extraction.PersonMention;

/**
 * The listing and quote readers add nothing false to real pages: the article pages of the extraction benchmark give
 * no events and no listed people, and their quoted people are real names.
 */
@Tag("benchdata")
class BenchdataListingsTest {

  private static final Path ROOT = Path.of(System.getProperty("benchdata.dir", "../shared/benchdata"));

  @Test
  void articlePagesGiveNoListedEventsOrPeopleAndQuoteNoAuthor() throws IOException {
    Path dir = ROOT.resolve("article-extraction-benchmark");
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    int pages = 0;
    int quoted = 0;
    for (Iterator<String> it = truth.fieldNames(); it.hasNext();) {
      String id = it.next();
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
        html = in.readAllBytes();
      }
      URI url = URI.create(truth.get(id).get("url").asText());
      Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8), url.toString());
      List<List<Element>> groups = RepeatedBlocks.in(doc, ListedEvents.MIN_BLOCKS);
      assertThat(ListedEvents.in(doc, PageIndex.of(doc), url, groups)).as(id).isEmpty();
      assertThat(ListedPeople.in(groups, url)).as(id).isEmpty();
      Extraction x = ContentExtractor.withDefaults().extract(url, "text/html", html);
      List<PersonMention> q = x.people().stream().filter(p -> p.role().equals("quoted")).toList();
      for (PersonMention p : q) {
        assertThat(x.authors()).as(id).noneMatch(a -> a.equalsIgnoreCase(p.name()));
        assertThat(QuotedPeople.isPersonName(p.name())).as(id).isTrue();
      }
      quoted += q.size();
      pages++;
    }
    assertThat(pages).isGreaterThan(100);
    assertThat(quoted).as("news articles quote people").isGreaterThan(10);
  }
}
