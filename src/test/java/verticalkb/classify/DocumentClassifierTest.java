package verticalkb.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;

@QuarkusTest
class DocumentClassifierTest {

  @Inject
  DocumentClassifier classifier;

  @Inject
  Documents documents;

  static final String STORY = """
      Kaiser Permanente said on Monday that it would expand its telehealth services across California, after a pilot
      of virtual care visits reduced missed appointments. The health system will add remote patient monitoring for
      patients with heart failure and diabetes, and it plans to hire more nurses to staff the programme. Executives
      said reimbursement rules for telemedicine remain the largest obstacle, and urged regulators to make temporary
      pandemic flexibilities permanent so that hospitals can plan investments for the coming years with confidence.
      """;

  static KbDocument doc(String id, String text, String canonical) {
    return new KbDocument(id, "https://e.org/" + id, "publication", "Kaiser expands telehealth", text, null, null, null,
        null, null, "test-" + id, List.of("healthcare"), null, null, null, null, null, canonical, null, null, null, null, null);
  }

  /**
   * A story of its own: the shared text plus random words from a seeded generator (so the test is repeatable), far
   * from other tests' documents.
   */
  static String uniqueStory(long seed) {
    StringBuilder sb = new StringBuilder(STORY);
    java.util.Random r = new java.util.Random(seed);
    for (int i = 0; i < 120; i++) sb.append(' ').append(Long.toString(r.nextLong() & Long.MAX_VALUE, 36), 0, 6);
    return sb.toString();
  }

  private static final java.util.concurrent.atomic.AtomicLong SEED = new java.util.concurrent.atomic.AtomicLong();

  static String id() {
    return "cls-" + UUID.randomUUID();
  }

  @Test
  void topicsAndAccountsComeFromTheVerticalsTaxonomy() {
    KbDocument d = classifier.enrich(doc(id(), STORY, null));
    assertThat(d.topics()).contains("telehealth").doesNotContain("cybersecurity");
    assertThat(d.accounts()).containsExactly("Kaiser Permanente");
  }

  @Test
  void contentHashAndSimHashAreSet() {
    KbDocument d = classifier.enrich(doc(id(), uniqueStory(SEED.incrementAndGet()), null));
    assertThat(d.contentHash()).hasSize(64);
    assertThat(d.simhash()).isNotNull();
    assertThat(d.clusterId()).isEqualTo(d.id());
    assertThat(d.coverage()).isEqualTo(1);
  }

  @Test
  void syndicatedCopiesShareAClusterAndCountCoverage() {
    String story = uniqueStory(SEED.incrementAndGet());
    KbDocument original = classifier.enrich(doc(id(), story, null));
    KbDocument copy = classifier.enrich(doc(id(), "Reuters — " + story + " Read more on our site.", null));
    KbDocument exact = classifier.enrich(doc(id(), story.toUpperCase(java.util.Locale.ROOT), null));
    assertThat(copy.clusterId()).isEqualTo(original.id());
    assertThat(exact.clusterId()).isEqualTo(original.id());
    assertThat(exact.contentHash()).isEqualTo(original.contentHash());
    assertThat(exact.coverage()).isEqualTo(3);
  }

  @Test
  void differentStoriesStayApart() {
    KbDocument a = classifier.enrich(doc(id(), uniqueStory(SEED.incrementAndGet()), null));
    KbDocument b = classifier.enrich(doc(id(), """
        The central bank raised interest rates by a quarter point on Wednesday, its third increase this year, citing
        persistent inflation in services and a labour market that remains tight despite slowing growth in lending.
        Analysts had expected the move, and markets barely reacted, although mortgage lenders warned of higher costs.
        """.repeat(2) + UUID.randomUUID(), null));
    assertThat(b.clusterId()).isNotEqualTo(a.clusterId());
  }

  @Test
  void sameCanonicalUrlIsOneCluster() {
    String canonical = "https://e.org/canonical/" + UUID.randomUUID();
    KbDocument a = classifier.enrich(doc(id(), "Short text one " + UUID.randomUUID(), canonical));
    KbDocument b = classifier.enrich(doc(id(), "Entirely different words " + UUID.randomUUID(), canonical));
    assertThat(b.clusterId()).isEqualTo(a.clusterId());
  }

  @Test
  void deletedDocumentsAreForgotten() {
    String story = uniqueStory(SEED.incrementAndGet());
    KbDocument a = classifier.enrich(doc(id(), story, null));
    documents.upsert(List.of(a));
    documents.delete(List.of(a.id()));
    Fingerprint left = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Fingerprint.<Fingerprint>findById(a.id()));
    assertThat(left).isNull();
    KbDocument again = classifier.enrich(doc(id(), story, null));
    assertThat(again.clusterId()).isEqualTo(again.id());
  }

  @Test
  void emptyDocumentIsLeftAlone() {
    KbDocument d = new KbDocument(id(), null, "page", "", null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
    assertThat(classifier.enrich(d).clusterId()).isNull();
  }
}
