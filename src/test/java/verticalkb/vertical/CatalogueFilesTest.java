package verticalkb.vertical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import verticalkb.Problem.FieldError;

class CatalogueFilesTest {

  private static final String GOOD = """
      id: demo-good
      name: Good
      sources:
        - kind: feed
          name: A feed
          url: https://example.org/feed
      """;

  @TempDir
  Path dir;

  private CatalogueFiles.LoadResult load(String... nameAndContent) throws IOException {
    for (int i = 0; i < nameAndContent.length; i += 2) {
      Files.writeString(dir.resolve(nameAndContent[i]), nameAndContent[i + 1]);
    }
    return new CatalogueFiles().load(dir);
  }

  private static FieldError only(CatalogueFiles.LoadResult r) {
    assertThat(r.errors()).hasSize(1);
    return r.errors().get(0);
  }

  @Test
  void shippedVerticalsLoadWithAtLeastEightSourcesEach() {
    CatalogueFiles.LoadResult r = new CatalogueFiles().load(Path.of("crawlers"));
    assertThat(r.errors()).isEmpty();
    assertThat(r.verticals()).extracting(l -> l.definition().id())
        .contains("healthcare", "banking", "government", "automotive");
    for (CatalogueFiles.Loaded l : r.verticals()) {
      if (List.of("healthcare", "banking", "government", "automotive").contains(l.definition().id())) {
        assertThat(l.definition().sources()).as(l.definition().id()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(l.definition().topics()).as(l.definition().id()).isNotEmpty();
        assertThat(l.definition().accounts()).as(l.definition().id()).isNotEmpty();
      }
    }
  }

  @Test
  void idDefaultsToTheFileName() throws IOException {
    CatalogueFiles.LoadResult r = load("retail.yaml", "name: Retail\nsources: []\n");
    assertThat(r.verticals()).singleElement().satisfies(l -> assertThat(l.definition().id()).isEqualTo("retail"));
  }

  @Test
  void yamlSyntaxErrorNamesFileAndLine() throws IOException {
    FieldError e = only(load("broken.yaml", "id: broken\nname: Broken\nsources:\n  - kind: feed\n    url: [unclosed\n"));
    assertThat(e.file()).endsWith("broken.yaml");
    assertThat(e.line()).isBetween(5, 6);
    assertThat(e.message()).startsWith("YAML syntax error");
  }

  @Test
  void unknownFieldNamesItsPathAndLine() throws IOException {
    FieldError e = only(load("typo.yaml", """
        id: typo
        name: Typo
        sources:
          - kind: feed
            name: A
            url: https://example.org/feed
            shedule: 1h
        """));
    assertThat(e.field()).isEqualTo("sources[0].shedule");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.message()).contains("unknown field 'shedule'").contains("schedule");
  }

  @Test
  void missingUrlNamesTheSourceAndItsLine() throws IOException {
    FieldError e = only(load("nourl.yaml", """
        id: nourl
        name: No URL
        sources:
          - kind: feed
            name: Fine
            url: https://example.org/feed
          - kind: site
            name: Missing its URL
        """));
    assertThat(e.field()).isEqualTo("sources[1].url");
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.message()).contains("required");
  }

  @Test
  void badPatternNamesTheExactListEntry() throws IOException {
    FieldError e = only(load("pattern.yaml", """
        id: pattern
        name: Pattern
        sources:
          - kind: site
            name: Site
            url: https://example.org/
            scope:
              allow:
                - '^https://example\\.org/news/'
                - '(unclosed'
        """));
    assertThat(e.field()).isEqualTo("sources[0].scope.allow[1]");
    assertThat(e.line()).isEqualTo(10);
    assertThat(e.message()).contains("not a valid regular expression");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "kind: blog                      | sources[0].kind      | not a source kind",
      "schedule: sometimes             | sources[0].schedule  | not a usable interval",
      "schedule: 1m                    | sources[0].schedule  | at least 5m",
      "authority: 3                    | sources[0].authority | between 0",
      "url: ftp://example.org/feed     | sources[0].url       | not an http(s) URL",
      "url: https://user:pw@example.org/ | sources[0].url     | credentials",
      "scope: {maxDepth: 500}          | sources[0].scope.maxDepth | between 0",
      "scope: {maxDepth: deep}         | sources[0].scope.maxDepth | wrong type",
  })
  void badSourceValueIsNamedWithItsField(String line, String field, String message) throws IOException {
    String yaml = "id: bad\nname: Bad\nsources:\n  - name: Source\n    " + line + "\n"
        + (line.startsWith("kind") ? "" : "    kind: feed\n")
        + (line.startsWith("url") ? "" : "    url: https://example.org/feed\n");
    FieldError e = only(load("bad.yaml", yaml));
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.message()).contains(message);
    assertThat(e.line()).isEqualTo(5);
  }

  @Test
  void duplicateSourceIdsAreRejected() throws IOException {
    FieldError e = only(load("dup.yaml", """
        id: dup
        name: Dup
        sources:
          - {kind: feed, name: Same Name, url: https://a.example.org/feed}
          - {kind: feed, name: Same name, url: https://b.example.org/feed}
        """));
    assertThat(e.field()).isEqualTo("sources[1].name");
    assertThat(e.message()).contains("appears twice");
  }

  @Test
  void twoFilesWithOneVerticalIdLoadTheFirstOnly() throws IOException {
    CatalogueFiles.LoadResult r = load("a.yaml", GOOD, "b.yaml", GOOD);
    assertThat(r.verticals()).hasSize(1);
    assertThat(only(r).file()).endsWith("b.yaml");
  }

  @Test
  void oneBrokenFileDoesNotStopTheOthers() throws IOException {
    CatalogueFiles.LoadResult r = load("good.yaml", GOOD, "bad.yaml", "id: bad\nname: [\n");
    assertThat(r.verticals()).extracting(l -> l.definition().id()).containsExactly("demo-good");
    assertThat(only(r).file()).endsWith("bad.yaml");
  }

  @Test
  void emptyFileIsAnError() throws IOException {
    assertThat(only(load("empty.yaml", "")).message()).contains("empty");
  }

  @Test
  void fileThatIsNotUtf8IsAnError() throws IOException {
    Files.write(dir.resolve("latin1.yaml"), "name: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(only(new CatalogueFiles().load(dir)).message()).contains("UTF-8");
  }

  @Test
  void missingFolderIsOneClearError() {
    CatalogueFiles.LoadResult r = new CatalogueFiles().load(dir.resolve("nope"));
    assertThat(only(r).message()).contains("does not exist").contains("kb.crawlers-dir");
  }

  @Test
  void badRegionAndTopicValuesAreNamed() throws IOException {
    CatalogueFiles.LoadResult r = load("geo.yaml", """
        id: geo
        name: Geo
        regions:
          - {name: Somewhere, country: Ireland, lat: 95}
        topics:
          - {id: ok, name: OK, keywords: []}
        """);
    assertThat(r.errors()).extracting(FieldError::field)
        .containsExactlyInAnyOrder("regions[0].country", "regions[0].lon", "regions[0].lat", "topics[0].keywords");
  }

  @Test
  void filesOtherThanYamlAreIgnored() throws IOException {
    CatalogueFiles.LoadResult r = load("README.md", "# not a vertical", "good.yaml", GOOD);
    assertThat(r.errors()).isEmpty();
    assertThat(r.verticals()).hasSize(1);
  }
}
