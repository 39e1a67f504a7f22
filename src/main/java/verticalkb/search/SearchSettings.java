package verticalkb.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code kb.search.*}: page sizes, facet lengths, geo defaults, import batching and related-document tuning. */
@ConfigMapping(prefix = "kb.search")
public interface SearchSettings {

  /** Hits per page when size is not given. */
  @WithDefault("10")
  int defaultSize();

  /** Largest page a client may ask for; more answers 400. */
  @WithDefault("100")
  int maxSize();

  /** Deepest hit reachable with page/size; beyond it, page with the cursor. */
  @WithDefault("10000")
  int maxWindow();

  /**
   * Matches counted exactly; a query with more answers this as a lower bound ({@code totalRelation: "gte"}) and counts
   * facets over this many matches, so that ranking can skip documents that cannot reach the page.
   */
  @WithDefault("10000")
  int trackTotalHits();

  /**
   * Searches (and related-document look-ups) that run at once; more wait in arrival order. Unset: no bound, which
   * served more queries than a bound near the core count on a machine shared with other work (README, Speed).
   */
  Optional<Integer> maxConcurrent();

  /**
   * Whether a search that needs no database or place look-up runs on the I/O thread that read the request, answering
   * from there, instead of being handed to a worker thread: no hand-off, no cross-thread response write, and each
   * connection's searches run in arrival order, at most one per I/O thread at a time. Ignored while
   * {@code max-concurrent} is set (its wait blocks).
   */
  @WithDefault("false")
  boolean onIoThread();

  /** Longest a search waits for its turn; past it the request is answered 503 with Retry-After. */
  @WithDefault("5s")
  Duration maxWait();

  /** What the Retry-After header of that 503 asks for (whole seconds, at least 1). */
  @WithDefault("1s")
  Duration retryAfter();

  /** Values shown per facet. */
  @WithDefault("20")
  int facetValues();

  /** Radius of near= when radiusKm is not given. */
  @WithDefault("50")
  double defaultRadiusKm();

  /** Documents stored per database transaction during an NDJSON import. */
  @WithDefault("500")
  int importBatch();

  /** Longest NDJSON line accepted, in characters; a longer line is reported as an error and skipped. */
  @WithDefault("10000000")
  int importMaxLine();

  /** Related documents answered by /related when limit is not given. */
  @WithDefault("10")
  int relatedSize();

  /** MoreLikeThis: a term must occur this often in the document, and in this many documents, to be used. */
  @WithDefault("1")
  int relatedMinTermFreq();

  @WithDefault("1")
  int relatedMinDocFreq();
}
