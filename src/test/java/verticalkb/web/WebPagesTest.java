package verticalkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import verticalkb.Api;
import verticalkb.mail.InjectSmtp;

/** The web pages as a browser gets them: what they list, the links between them, escaping, and errors as pages. */
@QuarkusTest
class WebPagesTest {

  /** A word only this class's documents hold, so that searches see them alone. */
  private static final String RUN = "wq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private static final String PAGING_WORD = RUN + "pages";
  private static boolean imported;
  /** A week no other test publishes in, so that its briefing's reading is known; and a day in it. */
  private static final String BRIEFED_WEEK = "2037-W05";
  private static final String BRIEFED_DAY = "2037-01-28T10:00:00Z";

  @BeforeEach
  void importOnce() {
    if (imported) return;
    imported = true;
    String now = Instant.now().toString();
    StringBuilder body = new StringBuilder();
    body.append(doc("hostile", "publication", "Scripted <script>alert(1)</script> " + RUN,
        "First paragraph on " + RUN + " telemedicine.\\nSecond paragraph <img src=x onerror=alert(2)>.", now)).append('\n');
    body.append(doc("plain", "page", "Plain page " + RUN, "A page about " + RUN + " and hospitals.", now)).append('\n');
    body.append(doc("briefed", "publication", "Briefed <script>alert(1)</script> bw" + RUN.substring(2), "In a week of its own.", BRIEFED_DAY)).append('\n');
    for (int i = 0; i < 23; i++) body.append(doc("p" + i, "page", "Paging page " + i, PAGING_WORD + " number " + i, now)).append('\n');
    Api.admin().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8)).post("/api/documents")
        .then().statusCode(200);
  }

  private static String doc(String id, String type, String title, String text, String published) {
    return "{\"id\":\"" + RUN + "/" + id + "\",\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"text\":\"" + text
        + "\",\"published\":\"" + published + "\",\"verticals\":[\"healthcare\"],\"source\":\"web-test\"}";
  }

  private static Document page(String path, int status) {
    Response r = Api.anonymous().accept("text/html").urlEncodingEnabled(false).get(path);
    r.then().statusCode(status).contentType("text/html");
    return Jsoup.parse(r.asString(), "http://localhost" + path);
  }

  @Test
  void homeLinksEveryVerticalToItsPages() {
    Document home = page("/", 200);
    assertThat(home.select("a[href=/verticals/healthcare]")).isNotEmpty();
    assertThat(home.select("a[href=/verticals/healthcare/events]")).isNotEmpty();
    assertThat(home.select("a[href=/verticals/healthcare/experts]")).isNotEmpty();
  }

  @Test
  void searchShowsHitsWithMarkedSnippetsAndTheDocumentsOwnMarkupAsText() {
    Document results = page("/search?q=" + RUN + "&type=publication", 200);
    Element hit = results.selectFirst("ol.hits li.hit");
    assertThat(hit).isNotNull();
    assertThat(hit.selectFirst("h3 a").text()).isEqualTo("Scripted <script>alert(1)</script> " + RUN);
    assertThat(hit.select("p.snippet mark")).isNotEmpty().allSatisfy(m -> assertThat(m.text()).isEqualToIgnoringCase(RUN));
    assertThat(results.select("main script, main img")).isEmpty();
    assertThat(results.selectFirst("#summary").text()).startsWith("1 result ");
  }

  @Test
  void aFacetValueNarrowsTheResultsAndClickingItAgainWidensThem() {
    Document all = page("/search?q=" + RUN, 200);
    assertThat(all.select("ol.hits li.hit")).hasSize(2);
    Element pageFacet = all.select(".facets a").stream().filter(a -> a.text().equals("page")).findFirst().orElseThrow();
    Document narrowed = page(pageFacet.attr("href"), 200);
    assertThat(narrowed.select("ol.hits li.hit")).hasSize(1);
    assertThat(narrowed.selectFirst("ol.hits h3 a").text()).isEqualTo("Plain page " + RUN);
    Element on = narrowed.selectFirst(".facets a.on");
    assertThat(on.text()).isEqualTo("page");
    assertThat(page(on.attr("href"), 200).select("ol.hits li.hit")).hasSize(2);
  }

  @Test
  void longResultListsArePagedWithLinksBothWays() {
    Document first = page("/search?q=" + PAGING_WORD, 200);
    assertThat(first.select("ol.hits li.hit")).hasSize(10);
    assertThat(first.selectFirst(".paging span").text()).isEqualTo("Page 1 of 3");
    assertThat(first.select(".paging a[rel=prev]")).isEmpty();
    Document last = page(page(first.selectFirst(".paging a[rel=next]").attr("href"), 200).selectFirst(".paging a[rel=next]").attr("href"), 200);
    assertThat(last.select("ol.hits li.hit")).hasSize(3);
    assertThat(last.select(".paging a[rel=next]")).isEmpty();
  }

  @Test
  void aQueryTheApiRefusesIsExplainedAboveTheForm() {
    Document refused = page("/search?q=" + "a".repeat(2001), 400);
    assertThat(refused.selectFirst("p.error").text()).contains("longer than 2000 characters").contains("shorten");
    assertThat(refused.select("form.search input[name=q]")).isNotEmpty();
  }

  @Test
  void aDocumentPageShowsItsParagraphsEscaped() {
    Document results = page("/search?q=" + RUN + "&type=publication", 200);
    Document doc = page(results.selectFirst("ol.hits h3 a").attr("href"), 200);
    assertThat(doc.selectFirst("article h1").text()).isEqualTo("Scripted <script>alert(1)</script> " + RUN);
    assertThat(doc.select("article > p:not(.meta):not(.topics)").eachText())
        .containsExactly("First paragraph on " + RUN + " telemedicine.", "Second paragraph <img src=x onerror=alert(2)>.");
    assertThat(doc.select("main script, main img")).isEmpty();
  }

  @Test
  void unknownVerticalsAndDocumentsAre404PagesSayingWhatToDo() {
    Document vertical = page("/verticals/no-such-vertical", 404);
    assertThat(vertical.selectFirst("p.error").text()).contains("no-such-vertical");
    Document document = page("/documents/no-such-document", 404);
    assertThat(document.selectFirst("p.error").text()).contains("no-such-document");
  }

  @Test
  void aVerticalsOverviewAnswersTheFourQuestionsWithLinksToItsDirectories() {
    Document overview = page("/verticals/healthcare", 200);
    assertThat(overview.select("section h2").eachText()).containsExactly("What its leaders read", "Where they meet", "Who to tap", "The agenda");
    assertThat(overview.select("a[href=/verticals/healthcare/events]")).isNotEmpty();
    assertThat(overview.select("a[href=/verticals/healthcare/experts]")).isNotEmpty();
    assertThat(overview.select("a[href^=/search?vertical=healthcare&topic=]")).isNotEmpty();
  }

  @Test
  void theDirectoriesFilterAndExplainBadInput() {
    assertThat(page("/verticals/healthcare/events?when=all", 200).selectFirst("#summary").text()).matches("\\d+ events? · .*");
    assertThat(page("/verticals/healthcare/experts", 200).selectFirst("#summary").text()).matches("\\d+ experts? · .*");
    assertThat(page("/verticals/healthcare/experts?near=Dublin&radiusKm=far", 400).selectFirst("p.error").text()).contains("radiusKm");
    Document badMonth = page("/verticals/healthcare/events?month=2026-13&near=Cork", 400);
    assertThat(badMonth.selectFirst("p.error").text()).contains("month").contains("2026-13");
    assertThat(badMonth.selectFirst("form.filters input[name=near]").attr("value")).as("the form keeps what was typed").isEqualTo("Cork");
  }

  @Test
  void theBriefingPageShowsTheWeeksReadingAndWalksWeekByWeek() {
    String week = BRIEFED_WEEK;
    Document briefing = page("/verticals/healthcare/briefing?week=" + week, 200);
    assertThat(briefing.selectFirst("#summary").text()).startsWith("Week " + week + ":");
    assertThat(briefing.select("section h2").eachText()).containsExactly("What its leaders read", "Where they meet", "Who to tap", "The agenda");
    assertThat(briefing.select("li.reading > a").eachText()).contains("Briefed <script>alert(1)</script> bw" + RUN.substring(2));
    assertThat(briefing.select("main script")).isEmpty();
    Document previous = page(briefing.selectFirst("nav.weeks a[rel=prev]").attr("href"), 200);
    assertThat(previous.selectFirst("#summary").text()).doesNotStartWith("Week " + week);
    assertThat(page(previous.selectFirst("nav.weeks a[rel=next]").attr("href"), 200).selectFirst("#summary").text()).startsWith("Week " + week + ":");
    assertThat(page("/verticals/healthcare/briefing?week=2026-W60", 400).selectFirst("p.error").text()).contains("2026-W47");
  }

  @Test
  void anAccountBriefIsAskedForByNameAndSaysWhenTheNameIsNotATargetAccount() {
    Document form = page("/accounts/brief", 200);
    assertThat(form.select("form input[name=name]")).isNotEmpty();
    assertThat(form.select("main h2")).isEmpty();
    Document brief = page("/accounts/brief?name=" + RUN, 200);
    assertThat(brief.selectFirst("main h1").text()).isEqualTo(RUN);
    assertThat(brief.selectFirst("#note").text()).containsIgnoringCase("not");
    assertThat(brief.select("ol.hits h3 a").eachText()).contains("Plain page " + RUN);
    assertThat(brief.select("ol.hits p.snippet mark")).isNotEmpty();
  }

  @InjectSmtp
  GreenMail smtp;

  @Test
  void theSubscribeFormSendsAConfirmationAndExplainsABadAddress() throws Exception {
    assertThat(page("/verticals/healthcare", 200).select("form.subscribe[action=/subscribe] input[name=vertical][value=healthcare]")).isNotEmpty();
    Response refused = Api.anonymous().contentType("application/x-www-form-urlencoded").formParam("vertical", "healthcare")
        .formParam("email", "not-an-address").post("/subscribe");
    refused.then().statusCode(400).contentType("text/html");
    Document form = Jsoup.parse(refused.asString());
    assertThat(form.selectFirst("p.error").text()).contains("email");
    assertThat(form.selectFirst("form.subscribe input[name=email]").attr("value")).isEqualTo("not-an-address");

    String address = RUN + "@example.org";
    Response accepted = Api.anonymous().contentType("application/x-www-form-urlencoded").formParam("vertical", "healthcare")
        .formParam("email", address).post("/subscribe");
    accepted.then().statusCode(202).contentType("text/html");
    assertThat(Jsoup.parse(accepted.asString()).selectFirst("#accepted").text()).contains(address);
    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    assertThat(smtp.getReceivedMessagesForDomain(address)).hasSize(1);
  }
}
