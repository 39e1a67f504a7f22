package verticalkb.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import verticalkb.Api;

/**
 * The web pages in headless Chromium, used as a person uses them: follow links, type a query, press Enter, click a facet,
 * open a hit; and the layout at a desktop and a phone width. Screenshots land in target/browser for a human look.
 * Runs with {@code -Pbrowser} (Debian's chromium and chromium-driver).
 */
@QuarkusTest
@Tag("browser")
class WebPagesInBrowserTest {

  private static final String RUN = "bq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  private static final Path SHOTS = Path.of("target", "browser");
  private static ChromeDriver browser;
  private static boolean imported;
  /** A week of the editor's desk test alone (no other test publishes in it), and a day in it. */
  private static final String DESK_WEEK = "2036-W20";
  /** Not RUN: the search test counts the hits of RUN. */
  private static final String DESK_TOKEN = "dk" + RUN.substring(2);
  private static final String DESK_WEEK_DAY = "2036-05-14T10:00:00Z";

  @TestHTTPResource("/")
  URL root;

  @BeforeAll
  static void startBrowserAndImport() throws Exception {
    ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("browser.binary", "/usr/bin/chromium"))
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(System.getProperty("browser.driver", "/usr/bin/chromedriver"))).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.manage().window().setSize(new Dimension(1280, 900));
    Files.createDirectories(SHOTS);
  }

  /** Once, after Quarkus has started (a static @BeforeAll runs before the test's HTTP port is known). */
  @BeforeEach
  void importOnce() {
    if (imported) return;
    imported = true;
    String now = Instant.now().toString();
    String body = doc("a", "publication", "Remote monitoring pays off for " + RUN, "Hospitals report " + RUN + " savings.\\nA second paragraph.", now)
        + "\n" + doc("b", "page", "A page on " + RUN, "Background on " + RUN + " programmes.", now) + "\n"
        + doc("c", "publication", "Desk story " + DESK_TOKEN, "For the editor's desk.", DESK_WEEK_DAY) + "\n";
    Api.admin().contentType("application/x-ndjson").body(body.getBytes(StandardCharsets.UTF_8)).post("/api/documents").then().statusCode(200);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) browser.quit();
  }

  private static String doc(String id, String type, String title, String text, String published) {
    return "{\"id\":\"" + RUN + "-" + id + "\",\"type\":\"" + type + "\",\"title\":\"" + title + "\",\"text\":\"" + text
        + "\",\"published\":\"" + published + "\",\"verticals\":[\"healthcare\"],\"source\":\"browser-test\"}";
  }

  private static void shot(String name) throws Exception {
    Files.write(SHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aPersonFindsAPublicationFromTheHomePage() throws Exception {
    browser.get(root.toString());
    browser.findElement(By.cssSelector("a[href='/verticals/healthcare']")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Healthcare");
    shot("vertical");

    WebElement box = browser.findElement(By.id("vq"));
    box.sendKeys(RUN, Keys.ENTER);
    assertThat(browser.getCurrentUrl()).contains("vertical=healthcare").contains("q=" + RUN);
    assertThat(browser.findElements(By.cssSelector("ol.hits li.hit"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector("p.snippet mark"))).isNotEmpty();
    shot("search");

    browser.findElements(By.cssSelector(".facets a")).stream().filter(a -> a.getText().equals("publication")).findFirst().orElseThrow().click();
    assertThat(browser.getCurrentUrl()).contains("type=publication");
    assertThat(browser.findElements(By.cssSelector("ol.hits li.hit"))).hasSize(1);

    browser.findElement(By.cssSelector("ol.hits h3 a")).click();
    assertThat(browser.findElement(By.cssSelector("article h1")).getText()).isEqualTo("Remote monitoring pays off for " + RUN);
    assertThat(browser.findElements(By.cssSelector("article > p"))).extracting(WebElement::getText)
        .contains("Hospitals report " + RUN + " savings.", "A second paragraph.");
    shot("document");
  }

  @Test
  void facetsSitBesideTheResultsOnADesktopAndAboveThemOnAPhone() throws Exception {
    browser.get(root + "search?q=" + RUN);
    WebElement facets = browser.findElement(By.cssSelector("aside.facets"));
    WebElement results = browser.findElement(By.cssSelector("section.results"));
    assertThat(facets.getRect().getX() + facets.getRect().getWidth()).isLessThanOrEqualTo(results.getRect().getX());
    browser.manage().window().setSize(new Dimension(400, 900));
    try {
      browser.navigate().refresh();
      facets = browser.findElement(By.cssSelector("aside.facets"));
      results = browser.findElement(By.cssSelector("section.results"));
      assertThat(facets.getRect().getY() + facets.getRect().getHeight()).isLessThanOrEqualTo(results.getRect().getY());
      Long scrollWidth = (Long) browser.executeScript("return document.documentElement.scrollWidth");
      assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(400L);
      shot("search-phone");
    } finally {
      browser.manage().window().setSize(new Dimension(1280, 900));
    }
  }

  @Test
  void anEditorHidesAStoryFromTheWeekWithOneClick() throws Exception {
    verticalkb.Api.editor(); // creates the test editor
    String week = DESK_WEEK;
    String desk = root.toString().replaceFirst("://", "://test-editor:" + verticalkb.Api.USER_PASSWORD + "@")
        + "verticals/healthcare/briefing/edit?week=" + week;
    browser.get(desk);
    WebElement story = browser.findElements(By.cssSelector("li.reading")).stream()
        .filter(li -> li.getText().contains("Desk story " + DESK_TOKEN)).findFirst().orElseThrow();
    story.findElement(By.cssSelector("button[value=hide]")).click();
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Edit the week " + week);
    assertThat(browser.findElements(By.cssSelector("li.reading > a"))).extracting(WebElement::getText)
        .doesNotContain("Desk story " + DESK_TOKEN);
    assertThat(browser.findElements(By.cssSelector("li.hidden-item"))).extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("Desk story " + DESK_TOKEN));
    shot("edit");
  }
}
