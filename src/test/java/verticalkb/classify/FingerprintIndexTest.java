package verticalkb.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintIndexTest {

  static final int DISTANCE = 6;
  static final long STORY = 0x0123_4567_89ab_cdefL;

  FingerprintIndex index = new FingerprintIndex(DISTANCE, 200);

  @Test
  void aSimHashWithinTheDistanceJoinsTheFirstDocumentsClusterAndCountsCoverage() {
    assertThat(index.assign("a", STORY, "h1", null)).isEqualTo(new FingerprintIndex.Assignment("a", 1));
    assertThat(index.assign("b", STORY ^ 0b111, "h2", null)).isEqualTo(new FingerprintIndex.Assignment("a", 2));
    assertThat(index.assign("c", ~STORY, "h3", null).clusterId()).isEqualTo("c");
  }

  @Test
  void sameContentHashOrCanonicalUrlIsOneClusterWithoutASimHash() {
    index.assign("a", null, "same", null);
    assertThat(index.assign("b", null, "same", null).clusterId()).isEqualTo("a");
    index.assign("x", null, "h-x", "https://e.org/story");
    assertThat(index.assign("y", null, "h-y", "https://e.org/story").clusterId()).isEqualTo("x");
  }

  @Test
  void reassigningADocumentReplacesWhatWasKnownOfIt() {
    index.assign("a", STORY, "h1", null);
    index.assign("b", STORY, "h1", null);
    assertThat(index.assign("b", ~STORY, "h2", null)).isEqualTo(new FingerprintIndex.Assignment("b", 1));
    assertThat(index.assign("c", STORY, "h9", null)).isEqualTo(new FingerprintIndex.Assignment("a", 2));
    assertThat(index.size()).isEqualTo(3);
  }

  @Test
  void removedDocumentsAreForgottenAndNoLongerCount() {
    index.assign("a", STORY, "h1", null);
    index.assign("b", STORY, "h1", null);
    index.removeAll(List.of("a", "b"));
    assertThat(index.assign("c", STORY, "h1", null)).isEqualTo(new FingerprintIndex.Assignment("c", 1));
  }

  @Test
  void loadedFingerprintsKeepTheirClusters() {
    index.load(new FingerprintIndex.Entry("old", STORY, "h1", null, "cluster-7"));
    assertThat(index.assign("new", STORY ^ 1, "h2", null)).isEqualTo(new FingerprintIndex.Assignment("cluster-7", 2));
  }
}
