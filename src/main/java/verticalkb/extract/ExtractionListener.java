package verticalkb.extract;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Told of every page the pipeline extracted, after its documents were stored: how the expert directory and the
 * event directory learn of person and event mentions. Called on a crawl worker thread; implementations must be
 * quick, idempotent (a page may be re-processed from the archive) and must not throw for one bad page.
 */
public interface ExtractionListener {

  /**
   * One extracted page in context: where it came from (source, vertical, the source's authority), when it was
   * fetched, the ids of the documents stored for it, and what the extractors made of it.
   */
  record ExtractedPage(String sourceId, String verticalId, double authority, URI url, Instant fetchedAt,
      List<String> documentIds, Extraction extraction) {}

  void extracted(ExtractedPage page);

  /**
   * Told of a batch of pages at once (the crawl's way: a listener that overrides this can share its database work
   * across the batch). May throw when the batch as a whole cannot be recorded: the caller then tells the pages one by
   * one through {@link #extracted}, so nothing is lost.
   */
  default void extractedAll(List<ExtractedPage> pages) {
    for (ExtractedPage p : pages) extracted(p);
  }
}
