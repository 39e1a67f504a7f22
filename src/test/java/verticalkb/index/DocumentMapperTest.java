package verticalkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import verticalkb.document.KbDocument;

/** The shipped schema's fields take their values from top-level and nested document properties. */
class DocumentMapperTest {

  private final DocumentMapper mapper = new DocumentMapper(new SchemaLoader().load(Path.of("index-config"), "schema.yaml").schema());

  private static List<String> strings(Document d, String field) {
    return Arrays.stream(d.getFields(field)).map(IndexableField::stringValue).filter(v -> v != null).toList();
  }

  @Test
  void topLevelAndNestedPropertiesReachTheirFields() throws Exception {
    Instant start = Instant.parse("2026-06-02T09:00:00Z");
    KbDocument e = new KbDocument("e1", "https://x.test/e1", "event", "Summit", "Main text.", "", List.of("Ann Lee"), null, null, "en", "s1",
        List.of("healthcare", "banking"), List.of(), null, new KbDocument.Place("Convention Centre", "Dublin", "Leinster", "IE", 53.35, -6.26),
        new KbDocument.Event(start, null, "Europe/Dublin", "Hall A", false, null, List.of()), null, null, null, null, null, 3, 0.5);
    Document d = mapper.map(e);
    assertThat(strings(d, "all")).containsExactly("Summit\nMain text.\nAnn Lee\nHall A");
    assertThat(strings(d, "text")).containsExactly("Main text.");
    assertThat(strings(d, "vertical")).containsExactly("healthcare", "banking");
    assertThat(strings(d, "region")).containsExactly("Leinster");
    assertThat(strings(d, "month")).containsExactly("2026-06");
    assertThat(strings(d, "location")).contains("53.35,-6.26");
    assertThat(strings(d, "language")).containsExactly("en");
    assertThat(Arrays.stream(d.getFields("eventStart")).anyMatch(f -> f.numericValue() != null && f.numericValue().longValue() == start.toEpochMilli())).isTrue();
    assertThat(Arrays.stream(d.getFields("coverage")).anyMatch(f -> f.storedValue() != null && f.numericValue().doubleValue() == 3)).isTrue();
    assertThat(d.getFields("published")).isEmpty();
  }

  /** Every field as name, stored or indexed text, number and bytes: two documents with equal lists index the same. */
  private static List<String> described(Document d) {
    return d.getFields().stream().map(f -> f.name() + "|" + f.fieldType().indexOptions() + "|" + f.stringValue() + "|"
        + f.numericValue() + "|" + (f.binaryValue() == null ? null : f.binaryValue().toString()) + "|" + (f.storedValue() == null ? null : f.storedValue().getType())).toList();
  }

  @Test
  void propertiesReadFromTheRecordIndexExactlyAsJacksonsTreeOfTheDocument() throws Exception {
    ObjectMapper jackson = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    Instant published = Instant.parse("2026-03-01T09:30:15.123Z");
    List<KbDocument> documents = List.of(
        new KbDocument("p1", "https://x.test/p1", "publication", "Telehealth rates", "First paragraph.\nSecond.", "A summary",
            List.of("Ann Lee", "Bob Ray"), published, published, "en", "s1", List.of("healthcare"), List.of("telehealth"),
            List.of("Acme"), null, null, null, "https://x.test/p1", "hash", 42L, "p1", 1, 0.7),
        new KbDocument("e1", "https://x.test/e1", "event", "Summit", "Main text.", "", List.of("Ann Lee"), null, null, "en", "s1",
            List.of("healthcare", "banking"), List.of(), null, new KbDocument.Place("Convention Centre", "Dublin", "Leinster", "IE", 53.35, -6.26),
            new KbDocument.Event(Instant.parse("2026-06-02T09:00:00Z"), Instant.parse("2026-06-03T17:00:00Z"), "Europe/Dublin", "Hall A",
                false, null, List.of()), null, null, null, null, null, 3, 0.5),
        new KbDocument("x1", null, "expert", "  ", null, null, null, null, null, null, null, null, null, null, null, null,
            new KbDocument.Person("Ann Lee", "Editor", "Acme Health", null, 0.9),
            null, null, null, null, null, null));
    for (KbDocument d : documents) {
      assertThat(described(mapper.map(d))).as(d.id()).isEqualTo(described(mapper.map((ObjectNode) jackson.valueToTree(d))));
    }
  }
}
