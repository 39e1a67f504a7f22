package verticalkb.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A crawl run while it lives in this process: its sources, counters and the number of tasks not yet finished.
 * Counters are updated by workers and read by the API without locks; the frontier writer persists them.
 */
final class RunState {

  /** The run states of the public contract. */
  static final String QUEUED = "queued";
  static final String RUNNING = "running";
  static final String DONE = "done";
  static final String FAILED = "failed";
  static final String CANCELLED = "cancelled";

  /** What a run knows of one of its sources. Known keys are touched only under the source's own lock. */
  static final class SourceCtx {
    final String id;
    final String verticalId;
    final String seedUrl;
    final double authority;
    final int maxPages;
    final Duration schedule;
    final ScopeFilter scope;
    final Set<Long> known = new HashSet<>();
    /** URLs of this run found out of scope, so that a link on every page counts once in {@code outOfScope}. */
    final Set<Long> outOfScope = new HashSet<>();
    int pagesInRun;
    final AtomicInteger consecutiveFailures = new AtomicInteger();
    volatile String parkedReason;

    SourceCtx(String id, String verticalId, String seedUrl, double authority, int maxPages, Duration schedule, ScopeFilter scope) {
      this.id = id;
      this.verticalId = verticalId;
      this.seedUrl = seedUrl;
      this.authority = authority;
      this.maxPages = maxPages;
      this.schedule = schedule;
      this.scope = scope;
    }
  }

  final String id;
  final String verticalId;
  final String sourceId;
  final String trigger;
  final boolean force;
  final Instant createdAt;
  volatile Instant startedAt;
  volatile Instant finishedAt;
  volatile String state = QUEUED;
  volatile String message;
  /** Let go of by this process (a stop); the database still says running and a start resumes it. */
  volatile boolean suspended;
  volatile Map<String, SourceCtx> sources = Map.of();

  final AtomicInteger pending = new AtomicInteger();
  final AtomicLong fetched = new AtomicLong();
  final AtomicLong notModified = new AtomicLong();
  final AtomicLong unchanged = new AtomicLong();
  final AtomicLong failed = new AtomicLong();
  final AtomicLong robotsDenied = new AtomicLong();
  final AtomicLong outOfScope = new AtomicLong();
  final AtomicLong bytes = new AtomicLong();
  final AtomicLong documents = new AtomicLong();
  /** Pages handled since this process took the run over, for pages/s (a resumed run restarts the clock). */
  final AtomicLong handledHere = new AtomicLong();
  volatile long clockStartNanos = System.nanoTime();

  RunState(String id, String verticalId, String sourceId, String trigger, boolean force, Instant createdAt) {
    this.id = id;
    this.verticalId = verticalId;
    this.sourceId = sourceId;
    this.trigger = trigger;
    this.force = force;
    this.createdAt = createdAt;
  }

  boolean active() {
    return state.equals(QUEUED) || state.equals(RUNNING);
  }

  List<String> sourceIds() {
    return List.copyOf(sources.keySet());
  }

  CrawlRunView view() {
    double seconds = (System.nanoTime() - clockStartNanos) / 1e9;
    long handled = handledHere.get();
    double pps = state.equals(RUNNING) && seconds > 0 ? handled / seconds
        : startedAt != null && finishedAt != null && !finishedAt.equals(startedAt)
            ? (fetched.get() + notModified.get()) / (Duration.between(startedAt, finishedAt).toMillis() / 1000.0) : 0;
    Long eta = state.equals(RUNNING) ? (pps > 0 ? Math.round(pending.get() / pps) : null) : active() ? null : 0L;
    return new CrawlRunView(id, state, verticalId, sourceId, sourceIds(), trigger, pending.get(), fetched.get(),
        notModified.get(), unchanged.get(), failed.get(), robotsDenied.get(), outOfScope.get(), bytes.get(),
        documents.get(), Math.round(pps * 10) / 10.0, eta, createdAt, startedAt, finishedAt, message);
  }
}
