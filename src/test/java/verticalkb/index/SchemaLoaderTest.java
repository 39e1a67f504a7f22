package verticalkb.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import verticalkb.Problem.FieldError;

class SchemaLoaderTest {

  @TempDir
  Path dir;

  private static final String GOOD = """
      analyzers:
        english:
          tokenizer: {name: standard}
          filters:
            - {name: lowercase}
            - {name: porterStem}
      fields:
        - {name: id, type: keyword, stored: true}
        - {name: type, type: keyword, faceted: true}
        - {name: title, type: text, analyzer: english, stored: true, boost: 2}
      """;

  private IndexConfig load(String yaml) throws IOException {
    Files.writeString(dir.resolve("schema.yaml"), yaml);
    return new SchemaLoader().load(dir, "schema.yaml");
  }

  @Test
  void theShippedSchemasLoad() {
    IndexConfig c = new SchemaLoader().load(Path.of("index-config"), "schema.yaml");
    assertThat(c.schema().field("title")).isNotNull();
    assertThat(new SchemaLoader().load(Path.of("index-config"), "schema-research.yaml").schema().fields()).isNotEmpty();
  }

  @Test
  void aGoodSchemaLoadsWithAStableHash() throws IOException {
    assertThat(load(GOOD).indexHash()).isEqualTo(load(GOOD).indexHash());
  }

  @Test
  void changingAnAnalyzerChangesTheHashButBoostsDoNot() throws IOException {
    String hash = load(GOOD).indexHash();
    assertThat(load(GOOD.replace("boost: 2", "boost: 3")).indexHash()).isEqualTo(hash);
    assertThat(load(GOOD.replace("porterStem", "kStem")).indexHash()).isNotEqualTo(hash);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "porterStem|noSuchFilter|analyzers.english.filters[1]|6",
      "type: text, analyzer: english|type: text, analyzer: french|fields[2].analyzer|10",
      "{name: type, type: keyword|{name: type, type: blob|fields[1].type|9",
      "{name: id, type: keyword, stored: true}|{name: id, type: keyword, stored: true, colour: red}|fields[0].colour|8",
      "boost: 2|boost: -1|fields[2].boost|10",
      "- {name: type, type: keyword, faceted: true}|- {name: type, type: date, faceted: true}|fields[1].faceted|9",
      "stored: true, boost: 2|boost: 2, index: none|fields[2].index|10",
      "boost: 2|boost: 2, index: docs|fields[2].searched|10",
      "boost: 2|boost: 2, index: positions, highlight: true|fields[2].highlight|10",
      "boost: 2|boost: 2, searchedAs: title|fields[2].searchedAs|10",
      "{name: id, type: keyword, stored: true}|{name: id, type: keyword, stored: true, index: docs}|fields[0].index|8",
  })
  void badSchemasNameFileLineAndField(String from, String to, String field, int line) {
    assertThatThrownBy(() -> load(GOOD.replace(from, to)))
        .isInstanceOfSatisfying(SchemaException.class, e -> {
          FieldError first = e.errors().getFirst();
          assertThat(first.file()).endsWith("schema.yaml");
          assertThat(first.field()).isEqualTo(field);
          assertThat(first.line()).isEqualTo(line);
        });
  }

  @Test
  void yamlSyntaxErrorsNameTheLine() {
    assertThatThrownBy(() -> load("fields:\n  - {name: id\n"))
        .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.errors().getFirst().line()).isGreaterThan(1));
  }

  @Test
  void aMissingStopWordFileIsNamed() {
    assertThatThrownBy(() -> load(GOOD.replace("{name: lowercase}", "{name: stop, params: {words: missing.txt}}")))
        .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.getMessage()).contains("analyzers.english.filters[0]").contains("missing.txt"));
  }

  @Test
  void idAndTypeAreRequired() {
    assertThatThrownBy(() -> load(GOOD.replace("- {name: id, type: keyword, stored: true}", "")))
        .isInstanceOfSatisfying(SchemaException.class, e -> assertThat(e.getMessage()).contains("'id' is required"));
  }
}
