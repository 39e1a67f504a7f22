package verticalkb.crawl;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The {@code kb.crawl.*} settings: identity, politeness, limits, archive and scheduling of the crawler. */
@ConfigMapping(prefix = "kb.crawl")
public interface CrawlConfig {

  /** Sent on every request and matched against robots.txt groups. */
  @WithDefault("VerticalKB/0.1 (+https://github.com/verticalkb/vertical-kb)")
  String userAgent();

  /** Minimum delay between two requests to one host, unless robots.txt asks for more. */
  @WithDefault("1s")
  Duration defaultDelay();

  /** Delay between requests to this service's own demo web (kb.demo=true): it is our own server, not a third party's. */
  @WithDefault("50ms")
  Duration ownSiteDelay();

  /** Upper bound on a robots.txt Crawl-delay or Retry-After we honour; a host asking for more is parked for that long. */
  @WithDefault("60s")
  Duration maxDelay();

  /** SSRF guard: fetching loopback, private, link-local or multicast addresses is refused unless true. */
  @WithDefault("false")
  boolean allowPrivateHosts();

  @WithDefault("10s")
  Duration connectTimeout();

  /** Whole-response budget: headers and body must arrive within it. */
  @WithDefault("30s")
  Duration readTimeout();

  /** Bodies beyond this are cut (and the page marked truncated). */
  @WithDefault("5242880")
  long maxBodyBytes();

  /** A compressed body that expands beyond this is a decompression bomb and is refused. */
  @WithDefault("20971520")
  long maxDecompressedBytes();

  @WithDefault("5")
  int maxRedirects();

  /** Fetch and processing threads shared by all runs; politeness, not this, bounds the load on one host. */
  @WithDefault("4")
  int workers();

  /** Attempts for a URL answered 429/503 before it counts as failed. */
  @WithDefault("3")
  int maxAttempts();

  /** Consecutive failed URLs after which a source is parked (no more runs until started explicitly). */
  @WithDefault("25")
  int parkAfterFailures();

  /** How long known pages (not seeds) wait before a scheduled run fetches them again. */
  @WithDefault("7d")
  String pageRevisit();

  /** How long robots.txt rules stay cached per host. */
  @WithDefault("1h")
  Duration robotsTtl();

  /** Guards against crawler traps. */
  Traps traps();

  /** The WARC archive under {@code kb.data-dir/warc}. */
  Warc warc();

  /** How often the scheduler looks for sources due for a run (each source's own schedule decides). */
  @WithDefault("60s")
  String scheduleTick();

  /**
   * Sources that never ran get their first scheduled run spread over this long after start (each at a fixed point
   * derived from its id), instead of all at once.
   */
  @WithDefault("1h")
  Duration firstRunSpread();

  /** A source whose host does not resolve is skipped by the scheduler; its host is looked up again after this. */
  @WithDefault("30m")
  Duration unresolvedRetry();

  /** Frontier rows or documents written per database round trip. */
  @WithDefault("500")
  int batchSize();

  /** Trap guards. */
  interface Traps {
    @WithDefault("2048")
    int maxUrlLength();

    /** A path with the same segment more often than this is a loop (/a/b/a/b/a/b). */
    @WithDefault("2")
    int maxRepeatedSegments();

    @WithDefault("8")
    int maxQueryParameters();
  }

  /** Archive settings. */
  interface Warc {
    /** A WARC file is closed and a new one started past this size. */
    @WithDefault("104857600")
    long maxFileBytes();
  }
}
