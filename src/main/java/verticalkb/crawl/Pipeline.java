package verticalkb.crawl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import verticalkb.document.DocumentEnricher;
import verticalkb.document.KbDocument;
import verticalkb.extract.Extraction;
import verticalkb.extract.Extraction.Entry;
import verticalkb.extract.ExtractionListener.ExtractedPage;
import verticalkb.extract.Extractor;

/**
 * What happens to a fetched 200 response after it is archived: extraction, the URLs to follow (links, and feed or
 * sitemap entries; feed entries with their full text become publications instead of being fetched), mapping to
 * documents, every {@link DocumentEnricher} in turn, then the batched store and the extraction listeners. Used by
 * the crawl and by reprocessing from the archive. Thread-safe.
 */
@ApplicationScoped
public class Pipeline {

  private static final Logger LOG = Logger.getLogger(Pipeline.class);

  /** The outcome for the crawler: URLs to consider for the frontier, and how many documents were made. */
  record Processed(List<URI> follow, int documents, String type) {}

  private final Extractor extractor;
  private final Instance<DocumentEnricher> enrichers;
  private final DocumentBatcher batcher;

  Pipeline(Extractor extractor, Instance<DocumentEnricher> enrichers, DocumentBatcher batcher) {
    this.extractor = extractor;
    this.enrichers = enrichers;
    this.batcher = batcher;
  }

  Processed process(PageDocuments.Origin origin, URI url, String contentType, byte[] body, Instant fetchedAt,
      DocumentBatcher.Problems problems) {
    Extraction x;
    try {
      x = extractor.extract(url, contentType, body);
    } catch (RuntimeException e) {
      // Extractors must not throw; one that does costs this page only.
      problems.report(url.toString(), "extractor failed: " + e);
      return new Processed(List.of(), 0, PageDocuments.UNSUPPORTED);
    }
    if (x == null) x = Extraction.unsupported("extractor answered nothing");
    // Entries that carry their full text become documents here; their pages need no fetch, even when the
    // extractor lists them among the links too.
    java.util.Set<String> complete = new java.util.HashSet<>();
    // A set: feeds and sitemaps list an entry's URL among the links too, and each URL is discovered once.
    java.util.Set<URI> follow = new java.util.LinkedHashSet<>();
    for (Entry e : x.entries() == null ? List.<Entry>of() : x.entries()) {
      if (e.url() == null) continue;
      if (e.text() != null && !e.text().isBlank()) complete.add(e.url().toString());
      else follow.add(e.url());
    }
    for (URI link : x.links() == null ? List.<URI>of() : x.links()) {
      if (!complete.contains(link.toString())) follow.add(link);
    }
    List<KbDocument> docs = new ArrayList<>();
    for (KbDocument d : PageDocuments.of(origin, url, x)) docs.add(enrich(d, problems));
    ExtractedPage page = new ExtractedPage(origin.sourceId(), origin.verticalId(), origin.authority(), url, fetchedAt,
        docs.stream().map(KbDocument::id).toList(), x);
    if (!docs.isEmpty()) batcher.add(docs, page, problems);
    return new Processed(List.copyOf(follow), docs.size(), x.type());
  }

  void flush() {
    batcher.flush();
  }

  /** Stores what is pending without waiting for the extraction listeners (a stop). */
  void flushDocuments() {
    batcher.flush(false);
  }

  private KbDocument enrich(KbDocument d, DocumentBatcher.Problems problems) {
    KbDocument current = d;
    for (DocumentEnricher e : enrichers) {
      try {
        KbDocument next = e.enrich(current);
        if (next != null) current = next;
      } catch (RuntimeException ex) {
        LOG.warnf(ex, "enricher %s failed on %s", e.getClass().getName(), d.url());
        problems.report(d.url(), "enricher " + e.getClass().getSimpleName() + " failed: " + ex);
      }
    }
    return current;
  }
}
