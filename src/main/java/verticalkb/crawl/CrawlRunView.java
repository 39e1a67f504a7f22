package verticalkb.crawl;

import java.time.Instant;
import java.util.List;

/**
 * A crawl run as the API shows it. {@code queued} is the number of URLs still to fetch, {@code eta} the seconds
 * left at the current pace (null while unknown), {@code unchanged} the 200 responses whose content hash had not
 * changed (not re-indexed), {@code documents} the documents stored.
 */
public record CrawlRunView(
    String id,
    String state,
    String vertical,
    String source,
    List<String> sources,
    String trigger,
    long queued,
    long fetched,
    long notModified,
    long unchanged,
    long failed,
    long robotsDenied,
    long outOfScope,
    long bytes,
    long documents,
    double pagesPerSecond,
    Long eta,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt,
    String message) {}
