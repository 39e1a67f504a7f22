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

  /** Stores documents as the document store would: asks what is stale for the batch, then records it written. */
  private java.util.Map<String, Integer> store(String... batch) {
    java.util.Map<String, Integer> coverage = index.stale(List.of(batch), 200).coverage();
    index.stored(coverage);
    return coverage;
  }

  @Test
  void earlierMembersOfAGrownClusterAreStaleOnceAndOnlyOnce() {
    index.assign("a", STORY, "h1", null);
    assertThat(store("a")).isEqualTo(java.util.Map.of("a", 1));
    index.assign("b", STORY ^ 1, "h2", null);
    assertThat(store("b")).isEqualTo(java.util.Map.of("a", 2, "b", 2));
    index.assign("c", STORY ^ 2, "h3", null);
    assertThat(store("c")).isEqualTo(java.util.Map.of("a", 3, "b", 3, "c", 3));
    assertThat(store()).isEmpty();
  }

  @Test
  void membersLeftBehindByADeleteAreStale() {
    index.assign("a", STORY, "h1", null);
    index.assign("b", STORY, "h1", null);
    index.assign("c", STORY, "h1", null);
    store("a", "b", "c");
    index.removeAll(List.of("b"));
    assertThat(store()).isEqualTo(java.util.Map.of("a", 2, "c", 2));
  }

  @Test
  void membersNotYetStoredAreLeftToTheirOwnBatch() {
    index.assign("a", STORY, "h1", null);
    index.assign("b", STORY, "h1", null);
    assertThat(store("b")).isEqualTo(java.util.Map.of("b", 2));
  }

  @Test
  void theCapLeavesTheOtherClustersForTheNextCall() {
    for (String cluster : List.of("x", "y")) {
      index.load(new FingerprintIndex.Entry(cluster + "1", null, "h-" + cluster, null, cluster));
      index.assign(cluster + "2", null, "h-" + cluster, null);
    }
    FingerprintIndex.StaleCoverage first = index.stale(List.of("x2", "y2"), 1);
    assertThat(first.capped()).isTrue();
    assertThat(first.coverage()).isEqualTo(java.util.Map.of("x2", 2, "y2", 2, "x1", 2));
    index.stored(first.coverage());
    FingerprintIndex.StaleCoverage second = index.stale(List.of(), 1);
    assertThat(second.capped()).isFalse();
    assertThat(second.coverage()).isEqualTo(java.util.Map.of("y1", 2));
  }

  @Test
  void loadedClustersAreRewrittenOnlyWhenTheyChange() {
    index.load(new FingerprintIndex.Entry("old1", STORY, "h1", null, "old1"));
    index.load(new FingerprintIndex.Entry("old2", STORY, "h2", null, "old1"));
    assertThat(store()).isEmpty();
    index.assign("new", STORY, "h3", null);
    assertThat(store("new")).isEqualTo(java.util.Map.of("new", 3, "old1", 3, "old2", 3));
  }
}
