package verticalkb.classify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The {@code kb.classify.*} settings: topic tagging and duplicate detection. */
@ConfigMapping(prefix = "kb.classify")
public interface ClassifyConfig {

  /** Keyword hits a topic needs before a document is tagged with it (a hit in the title counts two). */
  @WithDefault("2")
  int topicMinHits();

  /**
   * Largest Hamming distance between two SimHashes of one story. Up to 3 every such pair is found (four 16-bit
   * bands, pigeonhole); larger values find only pairs that still share a band.
   */
  @WithDefault("3")
  int nearDuplicateDistance();

  /** Texts with fewer words than this get no near-duplicate cluster: a SimHash of a few words is noise. */
  @WithDefault("50")
  int nearDuplicateMinWords();

  /** Candidates read per band look-up, which bounds the cost of one document on a huge table. */
  @WithDefault("200")
  int maxCandidates();

  /** How long the verticals' topics and accounts are cached between catalogue reads. */
  @WithDefault("30s")
  Duration catalogueCacheTtl();
}
