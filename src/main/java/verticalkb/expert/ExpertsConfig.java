package verticalkb.expert;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The {@code kb.experts.*} settings: how experts are scored, what counts as a topic, how much evidence shows. */
@ConfigMapping(prefix = "kb.experts")
public interface ExpertsConfig {

  /** Relative weights of the score's parts; each part is in 0..1 and the score is their weighted mean. */
  Weights weights();

  /** The score's parts. */
  interface Weights {
    /** How much evidence there is (saturating, see {@link ExpertsConfig#evidenceSaturation()}). */
    @WithDefault("0.3") double evidence();
    /** How varied: roles (author, speaker, quoted, listed) and sources. */
    @WithDefault("0.15") double variety();
    /** How recent the latest evidence is (halving every {@link ExpertsConfig#recencyHalfLife()}). */
    @WithDefault("0.2") double recency();
    /** Mean authority of the sources that mention the person. */
    @WithDefault("0.15") double authority();
    /** Share of the evidence that is about the vertical's topics. */
    @WithDefault("0.2") double topicFit();
  }

  /** Evidence count at which the evidence part reaches 1 - 1/e (about 0.63). */
  @WithDefault("5") double evidenceSaturation();

  /** Evidence this old weighs half as much for recency. */
  @WithDefault("180d") Duration recencyHalfLife();

  /** Distinct sources at which the variety part's source half is full. */
  @WithDefault("3") int varietySources();

  /** A topic is listed for an expert when it has at least this share of their topic weight. */
  @WithDefault("0.15") double topicMinShare();

  /** How much of a page's text is scanned for topic keywords (characters; titles always count). */
  @WithDefault("20000") int topicTextChars();

  /** A keyword in the title counts this many times one in the text. */
  @WithDefault("3") int titleWeight();

  /** Pieces of evidence shown with each expert in lists ("why they are here"). */
  @WithDefault("3") int evidenceShown();

  /** Largest page size of the experts list. */
  @WithDefault("200") int maxPageSize();

  /** Page size of the experts list when none is asked for. */
  @WithDefault("20") int defaultPageSize();

  /**
   * How long the listener keeps a vertical's topics and place hints between catalogue reads: the listener's batches
   * are small when it keeps up, and a read per batch cost as much as recording its mentions.
   */
  @WithDefault("30s") Duration catalogueCacheTtl();
}
