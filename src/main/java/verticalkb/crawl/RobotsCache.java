package verticalkb.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt rules per origin, parsed by crawler-commons and cached for {@code kb.crawl.robots-ttl}. Following
 * RFC 9309 §2.3.1.3-4: a 4xx robots.txt allows everything, a 5xx or unreachable one disallows everything for now.
 */
@ApplicationScoped
public class RobotsCache {

  /** Rules for one origin and when they were fetched. */
  record Entry(BaseRobotRules rules, Instant fetchedAt) {}

  private final Fetcher fetcher;
  private final CrawlConfig config;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();
  private final List<String> agentNames;

  RobotsCache(Fetcher fetcher, CrawlConfig config) {
    this.fetcher = fetcher;
    this.config = config;
    // The product token is the user agent up to the first '/' or space (RFC 9309 §2.2.1).
    String token = config.userAgent().split("[/\\s]", 2)[0].toLowerCase(Locale.ROOT);
    this.agentNames = List.of(token);
  }

  /** The cached rules of the URL's origin, or null when they must be fetched first ({@link #load}). */
  BaseRobotRules cached(URI url) {
    Entry e = cache.get(Urls.origin(url));
    if (e == null || e.fetchedAt.plus(config.robotsTtl()).isBefore(Instant.now())) return null;
    return e.rules;
  }

  /** Fetches, parses and caches the origin's robots.txt (one request); answers its rules. */
  BaseRobotRules load(URI url) {
    String origin = Urls.origin(url);
    URI robots = URI.create(origin + "/robots.txt");
    FetchResult r = fetcher.fetch(robots, null, null);
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    parser.setMaxCrawlDelay(config.maxDelay().toMillis());
    BaseRobotRules rules;
    if (r.error() != null) {
      rules = parser.failedFetch(HttpStatus.SERVICE_UNAVAILABLE);
    } else if (r.status() >= HttpStatus.OK && r.status() < HttpStatus.MULTIPLE_CHOICES) {
      rules = parser.parseContent(robots.toString(), r.body(), r.contentType() == null ? "text/plain" : r.contentType(), agentNames);
    } else {
      rules = parser.failedFetch(r.status());
    }
    cache.put(origin, new Entry(rules, Instant.now()));
    return rules;
  }

  /** The delay robots.txt asks for, if any. */
  static Duration crawlDelay(BaseRobotRules rules) {
    long ms = rules.getCrawlDelay();
    return ms == BaseRobotRules.UNSET_CRAWL_DELAY || ms < 0 ? Duration.ZERO : Duration.ofMillis(ms);
  }

  void clear() {
    cache.clear();
  }

  /** The status codes the crawler reasons about. */
  static final class HttpStatus {
    static final int OK = 200;
    static final int MULTIPLE_CHOICES = 300;
    static final int NOT_MODIFIED = 304;
    static final int NOT_FOUND = 404;
    static final int GONE = 410;
    static final int TOO_MANY_REQUESTS = 429;
    static final int SERVICE_UNAVAILABLE = 503;

    private HttpStatus() {}
  }
}
