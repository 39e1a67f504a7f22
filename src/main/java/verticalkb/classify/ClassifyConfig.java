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
   * Largest Hamming distance between two SimHashes of one story. Copies that differ only by a credit line or a
   * "read more" footer lie 0 to 8 bits apart, unrelated texts about 32. Candidates come from four 16-bit bands:
   * up to 3 bits every pair is found (pigeonhole), at 4 to 6 bits most pairs (those that still share a band).
   */
  @WithDefault("6")
  int nearDuplicateDistance();

  /** Texts with fewer words than this get no near-duplicate cluster: a SimHash of a few words is noise. */
  @WithDefault("50")
  int nearDuplicateMinWords();

  /** Candidates read per band look-up, which bounds the cost of one document on a huge table. */
  @WithDefault("200")
  int maxCandidates();

  /**
   * Other members whose coverage one stored or deleted batch rewrites at most: clusters are small, but a huge one
   * must not turn one batch into a rewrite of thousands of documents (clusters past the cap wait for later batches).
   */
  @WithDefault("500")
  int maxCoverageRewrites();

  /** How long the verticals' topics and accounts are cached between catalogue reads. */
  @WithDefault("30s")
  Duration catalogueCacheTtl();
}
