package verticalkb.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static verticalkb.Api.anonymous;
import static verticalkb.Api.editor;
import static verticalkb.expert.Pages.article;
import static verticalkb.expert.Pages.person;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verticalkb.document.Documents;

@QuarkusTest
class ExpertDirectoryTest {

  private static final Instant MARCH = Instant.parse("2026-03-10T09:00:00Z");
  private static final Instant JUNE = Instant.parse("2026-06-16T15:00:00Z");

  @Inject
  ExpertListener listener;

  @Inject
  Documents documents;

  private static JsonPath experts(String query) {
    return anonymous().get("/api/verticals/healthcare/experts?size=200" + query).then().statusCode(200).extract().jsonPath();
  }

  /** The one expert whose displayed name ends with the name (titles such as "Prof." may lead it). */
  private static Map<String, Object> expertNamed(String name) {
    List<Map<String, Object>> found = experts("").getList("items.findAll { it.name.endsWith('" + name + "') }");
    assertThat(found).as(name).hasSize(1);
    return found.get(0);
  }

  @Test
  @SuppressWarnings("unchecked")
  void authorInMarchAndSpeakerInJuneAtTheSameOrganisationAreOnePerson() {
    listener.extracted(article("healthcare", "https://news.example.org/telehealth-rules", "New telehealth rules",
        "Telehealth and remote patient monitoring are here to stay.", MARCH, 0.8,
        person("Dr. Aoife M. Brennan", "Chief Clinical Officer", "St. Vincent's University Hospital", "Dublin, Ireland",
            null, "author")));
    listener.extracted(article("healthcare", "https://summit.example.com/speakers", "Summit speakers",
        "Speakers on virtual care.", JUNE, 0.6,
        person("Aoife Brennan", null, "St Vincent’s University Hospital", null, null, "speaker")));

    Map<String, Object> e = expertNamed("Dr. Aoife M. Brennan");
    assertThat(e.get("evidenceCount")).isEqualTo(2);
    assertThat(e.get("jobTitle")).isEqualTo("Chief Clinical Officer");
    assertThat(e.get("location")).isEqualTo("Dublin");
    assertThat((List<Object>) e.get("topics")).contains("telehealth");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> evidence = (List<Map<String, Object>>) e.get("evidence");
    assertThat(evidence).extracting(x -> x.get("role")).containsExactlyInAnyOrder("author", "speaker");
    assertThat(evidence).extracting(x -> x.get("documentId"))
        .contains(Pages.docId("https://news.example.org/telehealth-rules"));
    assertThat(documents.get((String) e.get("id"))).get().satisfies(d -> {
      assertThat(d.type()).isEqualTo("expert");
      assertThat(d.person().affiliation()).contains("Vincent");
    });
  }

  @Test
  void aBatchOfPagesIsRecordedAsIfTheyCameOneByOneAndARepeatedPageCountsOnce() {
    var first = article("healthcare", "https://batch.example.org/one", "Payer rules", "Claims and billing.", MARCH, 0.6,
        person("Orla Kinsella", "Head of Revenue", "Harbour Health", null, null, "author"));
    var second = article("healthcare", "https://batch.example.org/two", "Coding audits", "Coding and billing.", JUNE, 0.6,
        person("Orla Kinsella", null, "Harbour Health", null, null, "quoted"),
        person("Declan Foley", "CFO", "Harbour Health", null, null, "quoted"));
    listener.extractedAll(List.of(first, second, first));

    Map<String, Object> orla = expertNamed("Orla Kinsella");
    assertThat(orla.get("evidenceCount")).isEqualTo(2);
    assertThat(orla.get("jobTitle")).isEqualTo("Head of Revenue");
    assertThat(expertNamed("Declan Foley").get("evidenceCount")).isEqualTo(1);
    listener.extractedAll(List.of(second));
    assertThat(expertNamed("Orla Kinsella").get("evidenceCount")).isEqualTo(2);
  }

  @Test
  void aBatchOfPagesNamingOnePersonTwiceRecordsOneExpertWithBothMentions() {
    var byline = article("healthcare", "https://twice.example.org/one", "Sepsis alerts", "Sepsis and monitoring.", MARCH,
        0.6, person("Tadhg Ferriter", "Chief Nursing Officer", "Kerry General Hospital", null, null, "author"),
        person("Tadhg Ferriter", null, "Kerry General Hospital", null, null, "quoted"));
    var quote = article("healthcare", "https://twice.example.org/two", "Night shifts", "Nurse staffing.", JUNE, 0.6,
        person("Tadhg Ferriter", null, "Kerry General Hospital", null, null, "quoted"));
    listener.extractedAll(List.of(byline, quote));

    Map<String, Object> tadhg = expertNamed("Tadhg Ferriter");
    assertThat(tadhg.get("evidenceCount")).isEqualTo(3);
    assertThat(tadhg.get("jobTitle")).isEqualTo("Chief Nursing Officer");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> evidence = (List<Map<String, Object>>) tadhg.get("evidence");
    assertThat(evidence).extracting(x -> x.get("documentId")).containsOnly(Pages.docId("https://twice.example.org/one"),
        Pages.docId("https://twice.example.org/two"));
    assertThat(documents.get((String) tadhg.get("id"))).get().satisfies(d -> assertThat(d.type()).isEqualTo("expert"));
  }

  @Test
  void aProfileUrlLinksMentionsThatNameNoOrganisationTheSameWay() {
    listener.extracted(article("healthcare", "https://a.example.org/ehr", "EHR interoperability", "FHIR at scale.", MARCH,
        0.7, person("Ravi Patel", null, "Northwind Health", null, "https://www.linkedin.com/in/ravipatel/", "quoted")));
    listener.extracted(article("healthcare", "https://b.example.net/ehr2", "HL7 FHIR", "FHIR again.", JUNE, 0.7,
        person("Prof. Ravi Patel", null, "Contoso University", null, "https://linkedin.com/in/ravipatel", "speaker")));
    assertThat(expertNamed("Ravi Patel").get("evidenceCount")).isEqualTo(2);
  }

  @Test
  void oneNameAtTwoOrganisationsIsTwoPeople() {
    listener.extracted(article("healthcare", "https://c.example.org/one", "Nurse staffing", "Nurse staffing shortfalls.",
        MARCH, 0.5, person("Seamus Murphy", "CEO", "Cork Health Partners", "Cork", null, "quoted")));
    listener.extracted(article("healthcare", "https://d.example.org/two", "Telehealth in Chicago",
        "Telehealth expansion.", JUNE, 0.5, person("Seamus Murphy", "CTO", "Lakeshore Clinics", "Chicago, IL", null, "author")));
    List<Map<String, Object>> murphys = experts("").getList("items.findAll { it.name == 'Seamus Murphy' }");
    assertThat(murphys).hasSize(2);
    assertThat(murphys).extracting(m -> m.get("affiliation")).containsExactlyInAnyOrder("Cork Health Partners", "Lakeshore Clinics");
  }

  @Test
  void aLocationNoGazetteerResolvesIsShownAsWrittenButMatchesNoNearFilter() {
    listener.extracted(article("healthcare", "https://e.example.ie/village", "Rural practice", "Hospital at home.", JUNE, 0.6,
        person("Orla Nic Giolla", null, "Ballyvourney Health Centre", "Baile Bhuirne, Co. Cork", null, "quoted")));
    Map<String, Object> e = expertNamed("Orla Nic Giolla");
    assertThat(e.get("location")).isEqualTo("Baile Bhuirne, Co. Cork");
    assertThat(e.get("place")).isNull();
    assertThat(experts("&near=Cork, Ireland&radiusKm=50").getList("items.name", String.class)).doesNotContain("Orla Nic Giolla");
  }

  @Test
  void nearDublinWithin50KmListsDublinsExpertsAndNotCorks() {
    listener.extracted(article("healthcare", "https://e.example.ie/dub", "Dublin hospitals", "Hospital at home.", JUNE, 0.6,
        person("Niamh Kelleher", null, "Beaumont Hospital", "Dublin", null, "quoted"),
        person("Conor Doyle", null, "Mercy University Hospital", "Cork, Ireland", null, "quoted")));
    JsonPath near = experts("&near=Dublin&radiusKm=50");
    assertThat(near.getList("items.name", String.class)).contains("Niamh Kelleher").doesNotContain("Conor Doyle");
    assertThat(near.getString("near[0].country")).isEqualTo("IE");
    assertThat(near.getString("near[0].matchedBy")).contains("Dublin");
    assertThat(experts("&near=Cork, Ireland&radiusKm=50").getList("items.name", String.class))
        .contains("Conor Doyle").doesNotContain("Niamh Kelleher");
    assertThat(experts("&near=local").getList("items.name", String.class)).contains("Niamh Kelleher");
  }

  @Test
  void badQueriesAre400sThatSayWhatToDo() {
    anonymous().get("/api/verticals/healthcare/experts?near=Atlantis").then().statusCode(400)
        .contentType("application/problem+json").body("detail", containsString("cannot resolve the place 'Atlantis'"));
    anonymous().get("/api/verticals/healthcare/experts?topic=astrology").then().statusCode(400)
        .body("detail", containsString("telehealth"));
    anonymous().get("/api/verticals/healthcare/experts?near=Dublin&radiusKm=-3").then().statusCode(400);
    anonymous().get("/api/verticals/healthcare/experts?size=0").then().statusCode(400);
    anonymous().get("/api/verticals/nowhere/experts").then().statusCode(404);
    anonymous().get("/api/experts/ex-nobody-00000000").then().statusCode(404);
  }

  @Test
  void topicFilterAndCsvExport() {
    listener.extracted(article("healthcare", "https://f.example.org/ransomware", "Ransomware hits hospitals",
        "Ransomware and cybersecurity, a data breach.", JUNE, 0.9,
        person("Grace O'Connell", "CISO, \"Acme\" Health", "Acme Health", "Galway", null, "quoted")));
    assertThat(experts("&topic=cybersecurity").getList("items.name", String.class)).contains("Grace O'Connell");
    assertThat(experts("&topic=Health data security").getList("items.name", String.class)).contains("Grace O'Connell");
    String csv = anonymous().get("/api/verticals/healthcare/experts.csv?topic=cybersecurity").then().statusCode(200)
        .contentType(containsString("text/csv")).extract().asString();
    assertThat(csv).startsWith("id,name,jobTitle,affiliation,location,country,topics,score,evidenceCount,evidenceUrls\r\n");
    assertThat(csv).contains("Grace O'Connell,\"CISO, \"\"Acme\"\" Health\",Acme Health,Galway,IE,cybersecurity,");
  }

  @Test
  void editorsMergeSplitHideEditAndTheCorrectionsSurviveARecrawl() {
    String a = "https://g.example.org/a", b = "https://h.example.org/b", c = "https://i.example.org/c";
    listener.extracted(article("healthcare", a, "AI scribes", "Ambient documentation.", MARCH, 0.5,
        person("Maeve Quinlan", null, "Orbit Health", null, null, "author")));
    listener.extracted(article("healthcare", b, "AI scribes 2", "Generative AI.", JUNE, 0.5,
        person("Maeve Quinlan-Hart", null, "Orbit Health", null, null, "speaker")));
    String first = (String) expertNamed(" Quinlan").get("id");
    String second = (String) expertNamed("Maeve Quinlan-Hart").get("id");

    editor().body(Map.of("other", second)).post("/api/experts/" + first + "/merge").then().statusCode(200)
        .body("evidenceCount", equalTo(2));
    anonymous().get("/api/verticals/healthcare/experts?size=200").then().body("items.id", not(hasItem(second)));

    editor().body(Map.of("jobTitle", "Chief Medical Information Officer", "location", "Chicago, IL"))
        .patch("/api/experts/" + first).then().statusCode(200)
        .body("jobTitle", equalTo("Chief Medical Information Officer")).body("place.country", equalTo("US"));
    editor().body(Map.of("location", "Atlantis")).patch("/api/experts/" + first).then().statusCode(400);

    // A recrawl of both pages (and a new one) keeps the merge and the edit.
    listener.extracted(article("healthcare", a, "AI scribes", "Ambient documentation.", MARCH, 0.5,
        person("Maeve Quinlan", null, "Orbit Health", null, null, "author")));
    listener.extracted(article("healthcare", c, "AI scribes 3", "Clinical decision support.", JUNE, 0.5,
        person("Maeve Quinlan-Hart", null, "Orbit Health", null, null, "quoted")));
    Map<String, Object> merged = anonymous().get("/api/experts/" + first).then().extract().jsonPath().getMap("");
    assertThat(merged.get("evidenceCount")).isEqualTo(3);
    assertThat(merged.get("jobTitle")).isEqualTo("Chief Medical Information Officer");
    assertThat(documents.get(second)).isEmpty();

    String split = editor().body(Map.of("documentIds", List.of(Pages.docId(c)))).post("/api/experts/" + first + "/split")
        .then().statusCode(201).body("evidenceCount", equalTo(1)).extract().path("id");
    anonymous().get("/api/experts/" + first).then().body("evidenceCount", equalTo(2));

    editor().post("/api/experts/" + split + "/hide").then().statusCode(200).body("hidden", equalTo(true));
    anonymous().get("/api/verticals/healthcare/experts?size=200").then().body("items.id", not(hasItem(split)));
    assertThat(documents.get(split)).isEmpty();
    editor().post("/api/experts/" + split + "/undo").then().statusCode(200).body("items[0].kind", equalTo("hide"));
    anonymous().get("/api/verticals/healthcare/experts?size=200").then().body("items.id", hasItems(first, split));
    anonymous().get("/api/experts/" + first + "/corrections").then().statusCode(200)
        .body("items.kind", hasItems("merge", "edit", "split"));
    // A rebuild from the evidence re-applies every correction still in force.
    editor().post("/api/verticals/healthcare/experts/rebuild").then().statusCode(200);
    anonymous().get("/api/experts/" + first).then().body("evidenceCount", equalTo(2))
        .body("jobTitle", equalTo("Chief Medical Information Officer"));
  }

  @Test
  void correctionsNeedTheEditorRole() {
    anonymous().post("/api/experts/ex-anyone-00000000/hide").then().statusCode(401);
    verticalkb.Api.viewer().post("/api/experts/ex-anyone-00000000/hide").then().statusCode(403);
  }
}
