package verticalkb.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * Decides whether the scheduler may start a due source now, so that a fresh or offline start is not a burst of
 * failing runs: a source never crawled gets its first run at a fixed point within {@code kb.crawl.first-run-spread}
 * after the process started (its place derived from its id, so a restart keeps it), and a source whose host does not
 * resolve is skipped and its host looked up again only after {@code kb.crawl.unresolved-retry}. Thread-safe.
 */
final class StartGate {

  private final Instant processStart;
  private final Duration firstRunSpread;
  private final Duration unresolvedRetry;
  private final Predicate<String> resolves;
  /** Hosts that did not resolve, and when to try them again. */
  private final Map<String, Instant> unresolved = new ConcurrentHashMap<>();

  /** {@code resolves} answers whether a host name resolves (a DNS look-up in production). */
  StartGate(Instant processStart, Duration firstRunSpread, Duration unresolvedRetry, Predicate<String> resolves) {
    this.processStart = processStart;
    this.firstRunSpread = firstRunSpread;
    this.unresolvedRetry = unresolvedRetry;
    this.resolves = resolves;
  }

  /** When a source that never ran gets its first run. */
  Instant firstRunAt(String sourceId) {
    CRC32 crc = new CRC32();
    crc.update(sourceId.getBytes(StandardCharsets.UTF_8));
    double share = crc.getValue() / (double) (1L << Integer.SIZE);
    return processStart.plusMillis((long) (firstRunSpread.toMillis() * share));
  }

  /** Whether a due source whose last run was at {@code lastRun} (null: never) may start now. */
  boolean mayStart(String sourceId, String url, Instant lastRun, Instant now) {
    if (lastRun == null && firstRunAt(sourceId).isAfter(now)) return false;
    return hostResolves(url, now);
  }

  /** True when the URL's host resolves, or when it was found not to and the retry time has not come yet: false. */
  boolean hostResolves(String url, Instant now) {
    String host = host(url);
    if (host == null) return true; // not ours to judge: the run records why the URL is bad
    Instant retry = unresolved.get(host);
    if (retry != null && retry.isAfter(now)) return false;
    if (resolves.test(host)) {
      unresolved.remove(host);
      return true;
    }
    unresolved.put(host, now.plus(unresolvedRetry));
    return false;
  }

  private static String host(String url) {
    try {
      return url == null ? null : URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
