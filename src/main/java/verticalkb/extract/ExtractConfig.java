package verticalkb.extract;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The {@code kb.extract.*} settings: request and parse limits of the extractors. */
@ConfigMapping(prefix = "kb.extract")
public interface ExtractConfig {

  /** Largest body {@code POST /api/extract} accepts, in bytes; larger bodies are refused with 413. */
  @WithDefault("10485760")
  long maxBody();

  /**
   * Bytes of one response the extractors read; the rest of a larger page is cut off (and the cut recorded as a
   * problem), which bounds parse time and memory on huge pages.
   */
  @WithDefault("5242880")
  int maxParseBytes();

  /** Links kept per page for the frontier. */
  @WithDefault("5000")
  int maxLinks();
}
