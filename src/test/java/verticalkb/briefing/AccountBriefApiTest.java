package verticalkb.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static verticalkb.Api.anonymous;
import static verticalkb.briefing.BriefingData.RUN;
import static verticalkb.briefing.BriefingData.V;
import static verticalkb.briefing.BriefingData.event;
import static verticalkb.briefing.BriefingData.id;
import static verticalkb.briefing.BriefingData.importDocuments;
import static verticalkb.briefing.BriefingData.publication;
import static verticalkb.expert.Pages.article;
import static verticalkb.expert.Pages.person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verticalkb.event.EventListener;
import verticalkb.expert.ExpertListener;
import verticalkb.expert.Pages;

/** The account brief end to end: a target account from the catalogue, a name that is not one, Markdown and errors. */
@QuarkusTest
class AccountBriefApiTest {

  @Inject
  EventListener events;

  @Inject
  ExpertListener experts;

  private static JsonPath brief(Map<String, String> query) {
    return anonymous().queryParams(query).get("/api/accounts/brief").then().statusCode(200).extract().jsonPath();
  }

  @Test
  void aTargetAccountHasItsNewsPeopleEventsAndTopics() {
    importDocuments(
        publication("kp-old", "Kaiser Permanente pilots virtual wards", "2031-01-10T09:00:00Z", "\"topics\":[\"telehealth\"]"),
        publication("kp-new", "Kaiser Permanente expands telehealth", "2031-02-10T09:00:00Z", "\"topics\":[\"telehealth\"]"));
    experts.extracted(article(V, "https://news.example.org/" + RUN + "/kp-cio", "Interview with a CIO",
        "Telehealth and remote patient monitoring at scale.", Instant.now().minus(10, ChronoUnit.DAYS), 0.8,
        person("Marisol Etxeberria", "Chief Information Officer", "Kaiser Permanente", "Oakland, CA", null, "quoted")));
    String nextYear = Instant.now().plus(300, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString();
    events.extracted(Pages.events(V, "https://events.example.ie/" + RUN + "/kp", 0.7,
        event("Care at Home Congress " + RUN, nextYear, "Hospital at Home Society", "Marisol Etxeberria"),
        event("Unrelated Congress " + RUN, nextYear, "Someone Else")));

    JsonPath b = brief(Map.of("name", "kaiser permanente", "vertical", V));
    assertThat(b.getBoolean("inCatalogue")).isTrue();
    assertThat(b.getString("account.name")).isEqualTo("Kaiser Permanente");
    assertThat(b.getList("account.domains", String.class)).contains("kaiserpermanente.org");
    assertThat(b.getList("account.verticals", String.class)).containsExactly(V);
    var news = b.getList("news.id", String.class);
    assertThat(news).contains(id("kp-new"), id("kp-old"));
    assertThat(news.indexOf(id("kp-new"))).isLessThan(news.indexOf(id("kp-old")));
    assertThat(b.getString("news.find { it.id == '" + id("kp-new") + "' }.snippet")).isNotBlank();
    assertThat(b.getList("people.name", String.class)).contains("Marisol Etxeberria");
    assertThat(b.getList("events.name", String.class)).contains("Care at Home Congress " + RUN)
        .doesNotContain("Unrelated Congress " + RUN);
    assertThat(b.getList("topics.topic", String.class)).contains("telehealth");
    assertThat(b.getString("note")).isNull();
    String md = anonymous().queryParams(Map.of("name", "Kaiser Permanente", "vertical", V, "format", "md"))
        .get("/api/accounts/brief").then().statusCode(200).extract().asString();
    assertThat(md).contains("Website: kaiserpermanente.org", "Target account in: healthcare", "**Marisol Etxeberria**",
        "**Care at Home Congress " + RUN + "**");
  }

  @Test
  void aNameOutsideTheCatalogueGetsABriefFromTheIndexWithANote() {
    importDocuments(publication("zx", "Zorvane Medical " + RUN + " buys a scanner", "2031-03-01T09:00:00Z", ""));
    JsonPath b = brief(Map.of("name", "Zorvane Medical " + RUN));
    assertThat(b.getBoolean("inCatalogue")).isFalse();
    assertThat(b.getString("note")).contains("not a target account");
    assertThat(b.getList("news.id", String.class)).containsExactly(id("zx"));
  }

  @Test
  void markdownShowsTheSameBrief() {
    importDocuments(publication("md", "Quorilla Health " + RUN + " opens a clinic", "2031-04-01T09:00:00Z", ""));
    String md = anonymous().queryParams(Map.of("format", "md", "name", "Quorilla Health " + RUN)).get("/api/accounts/brief").then().statusCode(200)
        .contentType(containsString("text/markdown")).extract().asString();
    assertThat(md).startsWith("# Account brief: Quorilla Health " + RUN).contains("## What is new", "## Its people",
        "## Where they will be", "opens a clinic](https://news.example.org/" + id("md") + ")");
  }

  @Test
  void aMissingOrUnsearchableNameIsA400AndAnUnknownVerticalA404() {
    anonymous().get("/api/accounts/brief").then().statusCode(400).body("detail", containsString("name"));
    anonymous().queryParam("name", " ").get("/api/accounts/brief").then().statusCode(400);
    anonymous().queryParam("name", "the").get("/api/accounts/brief").then().statusCode(400)
        .body("errors[0].field", org.hamcrest.Matchers.equalTo("name"));
    anonymous().get("/api/accounts/brief?name=Acme&vertical=no-such-vertical").then().statusCode(404);
    anonymous().get("/api/accounts/brief?name=Acme&format=html").then().statusCode(400).body("detail", containsString("[json, md]"));
  }
}
