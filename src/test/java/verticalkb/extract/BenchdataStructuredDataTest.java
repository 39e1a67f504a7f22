package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Events and persons of the structured-data fixtures in benchdata are extracted: extruct's microdata and JSON-LD
 * samples (expected output in sibling files), and the official schema.org Event/Person examples, whose microdata form
 * must give the same events and people as their JSON-LD form.
 */
@Tag("benchdata")
class BenchdataStructuredDataTest {

  private static final Path ROOT = Path.of(System.getProperty("benchdata.dir", "../shared/benchdata"));
  private static final ObjectMapper JSON = new ObjectMapper();

  static Extraction extract(Path html) throws IOException {
    return ContentExtractor.withDefaults().extract(URI.create("http://www.example.com/index.html"), "text/html",
        Files.readAllBytes(html));
  }

  /** Names of the top-level items of the expected output whose type matches: extruct's microdata or JSON-LD lists. */
  static List<String> expectedNames(JsonNode expected, boolean events) {
    List<String> out = new ArrayList<>();
    List<JsonNode> items = new ArrayList<>();
    if (expected.isArray()) {
      expected.forEach(items::add);
    } else if (expected.has("items")) {
      expected.get("items").forEach(items::add);
    } else if (expected.has("json-ld") || expected.has("microdata")) {
      // extruct's all-syntax output: {"microdata": [...], "json-ld": [...], ...}
      for (String syntax : List.of("json-ld", "microdata")) {
        if (expected.has(syntax)) expected.get(syntax).forEach(items::add);
      }
    } else {
      items.add(expected);
    }
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      if (item.isArray()) {
        item.forEach(items::add);
        continue;
      }
      if (item.has("@graph")) item.get("@graph").forEach(items::add);
      JsonNode props = item.has("properties") ? item.get("properties") : item;
      List<String> types = StructuredData.types(item.has("type") && !item.has("@type")
          ? JSON.createObjectNode().set("@type", item.get("type")) : item);
      boolean match = events ? types.stream().anyMatch(SchemaMentions::isEvent) : types.contains("Person");
      String name = SchemaMentions.clean(StructuredData.text(props, "name"));
      if (match && name != null && (events || SchemaMentions.plausibleName(name))) out.add(name);
      // people appear nested too, in the roles we extract: performers and speakers of events, authors of works
      if (!events) {
        for (String role : List.of("author", "performer", "performers", "speaker", "actor", "employee")) {
          JsonNode v = props.get(role);
          if (v != null && (v.isObject() || v.isArray())) items.add(v);
        }
      }
    }
    return out;
  }

  @Test
  void extructEventAndPersonSamplesAreExtracted() throws IOException {
    List<Path> expectations = new ArrayList<>();
    for (String dir : List.of("schema.org", "songkick", "custom.invalid", "schema.org.invalid", "w3c")) {
      Path d = ROOT.resolve("structured-data-extruct").resolve(dir);
      if (!Files.isDirectory(d)) continue;
      try (Stream<Path> files = Files.list(d)) {
        files.filter(p -> p.toString().endsWith(".jsonld") || p.toString().matches(".*\\.\\d{3}\\.json$")
            || p.getFileName().toString().startsWith("microdata") && p.toString().endsWith(".json")).sorted().forEach(expectations::add);
      }
    }
    int events = 0, people = 0;
    for (Path expectedFile : expectations) {
      String base = expectedFile.getFileName().toString().replaceFirst("\\.(jsonld|json)$", "");
      Path html = expectedFile.resolveSibling(base + ".html");
      if (!Files.exists(html)) continue;
      JsonNode expected = JSON.readTree(expectedFile.toFile());
      Extraction x = extract(html);
      for (String name : expectedNames(expected, true)) {
        assertThat(x.events()).as(html.toString()).extracting(Extraction.EventMention::name).contains(name);
        events++;
      }
      for (String name : expectedNames(expected, false)) {
        assertThat(x.people()).as(html.toString()).extracting(Extraction.PersonMention::name).contains(name);
        people++;
      }
    }
    assertThat(events).isGreaterThanOrEqualTo(10);
    assertThat(people).isGreaterThanOrEqualTo(1);
  }

  @Test
  void schemaOrgExamplesGiveTheSameEventsAndPeopleInMicrodataAsInJsonLd() throws IOException {
    Path dir = ROOT.resolve("structured-data-schemaorg-examples");
    JsonNode index = JSON.readTree(dir.resolve("index.json").toFile());
    int compared = 0, withEvents = 0, withPeople = 0;
    for (JsonNode example : index) {
      JsonNode files = example.get("files");
      if (!files.has("JSON")) continue;
      Extraction fromJsonLd = extract(dir.resolve(files.get("JSON").asText()));
      if (!fromJsonLd.events().isEmpty()) withEvents++;
      if (!fromJsonLd.people().isEmpty()) withPeople++;
      if (!files.has("MICRODATA")) continue;
      Extraction fromMicrodata = extract(dir.resolve(files.get("MICRODATA").asText()));
      // the syntaxes are meant to say the same, but examples differ in what they name: compare what must agree
      assertThat(fromMicrodata.events()).as(example.get("id").asText()).extracting(Extraction.EventMention::start)
          .containsAll(fromJsonLd.events().stream().map(Extraction.EventMention::start).toList());
      assertThat(fromMicrodata.people()).as(example.get("id").asText()).extracting(Extraction.PersonMention::name)
          .containsAll(fromJsonLd.people().stream().map(Extraction.PersonMention::name).toList());
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(15);
    assertThat(withEvents).isGreaterThanOrEqualTo(20);
    assertThat(withPeople).isGreaterThanOrEqualTo(5);
  }
}
