package verticalkb.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentsTest {

  @Inject
  Documents documents;

  private static String id() {
    return "docs-test-" + UUID.randomUUID();
  }

  private static KbDocument page(String id, String title) {
    return new KbDocument(id, "https://docs.example.org/" + id, "page", title, "Text of " + title + ".", null, List.of(),
        Instant.parse("2026-03-10T09:00:00Z"), null, "en", "docs-test", List.of(), List.of(), List.of(), null, null, null,
        null, null, null, null, null, null);
  }

  @Test
  void aBatchMixingNewAndStoredDocumentsStoresThemAll() {
    String stored = id(), fresh = id();
    documents.upsert(List.of(page(stored, "First title")));
    documents.upsert(List.of(page(stored, "Second title"), page(fresh, "Fresh")));
    assertThat(documents.get(stored)).get().extracting(KbDocument::title).isEqualTo("Second title");
    assertThat(documents.get(fresh)).get().satisfies(d -> {
      assertThat(d.title()).isEqualTo("Fresh");
      assertThat(d.published()).isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
    });
  }

  @Test
  void anIdTwiceInOneBatchKeepsTheLastCopy() {
    String id = id();
    documents.upsert(List.of(page(id, "One"), page(id, "Two"), page(id, "Three")));
    assertThat(documents.get(id)).get().extracting(KbDocument::title).isEqualTo("Three");
  }

  @Test
  void deleteAnswersHowManyExisted() {
    String a = id(), b = id();
    documents.upsert(List.of(page(a, "A"), page(b, "B")));
    assertThat(documents.delete(List.of(a, b, id()))).isEqualTo(2);
    assertThat(documents.get(a)).isEmpty();
    assertThat(documents.get(b)).isEmpty();
  }
}
