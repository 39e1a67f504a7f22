package verticalkb.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoSiteTest {

  private static final String BASE = "http://kb.test:8080";

  @Test
  void aFolderServesItsIndexWithOrWithoutTheTrailingSlash() {
    for (String path : new String[] {"/demo/experts/", "/demo/experts"}) {
      DemoSite.Content page = DemoSite.get(path, BASE);
      assertThat(page).as(path).isNotNull();
      assertThat(page.contentType()).as(path).startsWith("text/html");
      assertThat(new String(page.body(), StandardCharsets.UTF_8)).as(path).contains("<title>Expert directory</title>");
    }
  }

  @Test
  void linksAreMadeAbsoluteAgainstTheServiceAddress() {
    String home = new String(DemoSite.get("/demo/", BASE).body(), StandardCharsets.UTF_8);
    assertThat(home).contains(BASE + "/demo/").doesNotContain("{{BASE}}");
  }

  @Test
  void pathsOutsideTheDemoOrEscapingItAreNotServed() {
    assertThat(DemoSite.get("/api/verticals", BASE)).isNull();
    assertThat(DemoSite.get("/demo/../application.properties", BASE)).isNull();
    assertThat(DemoSite.get("/demo/no-such-page.html", BASE)).isNull();
  }
}
