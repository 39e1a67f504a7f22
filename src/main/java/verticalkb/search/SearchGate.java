package verticalkb.search;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import verticalkb.ProblemException;

/**
 * Lets at most a fixed number of searches run at once ({@code kb.search.max-concurrent}) and queues the others first
 * come, first served, as OpenSearch's fixed search thread pool does; unset, every search runs at once. More searches
 * than cores only share the cores, but on a machine shared with other processes a bound near the core count cost
 * 3–40 % QPS in the benchmark (README, Speed): a search the OS deschedules keeps its turn, and each turn handed over
 * waits for the next thread to be scheduled. A search that waited {@code kb.search.max-wait} without a turn is refused
 * with {@link Busy} (503 with Retry-After) instead of waiting without end.
 */
public final class SearchGate {

  private final int permits;
  private final Semaphore running;
  private final long maxWaitNanos;
  private final Duration retryAfter;

  /** A gate that never holds a search back (no {@code kb.search.max-concurrent} configured). */
  static SearchGate unbounded() {
    return new SearchGate();
  }

  private SearchGate() {
    this.permits = Integer.MAX_VALUE;
    this.running = null;
    this.maxWaitNanos = 0;
    this.retryAfter = Duration.ZERO;
  }

  SearchGate(int permits, Duration maxWait, Duration retryAfter) {
    if (permits < 1) throw new IllegalArgumentException("kb.search.max-concurrent must be at least 1, was " + permits);
    if (maxWait.isNegative()) throw new IllegalArgumentException("kb.search.max-wait must not be negative, was " + maxWait);
    this.permits = permits;
    // Fair: waiting searches get their turn in arrival order, so no request starves behind later ones.
    this.running = new Semaphore(permits, true);
    this.maxWaitNanos = maxWait.toNanos();
    this.retryAfter = retryAfter;
  }

  /** Runs {@code work} when a turn is free, waiting at most the configured time for it; throws {@link Busy} otherwise. */
  <T> T run(Supplier<T> work) {
    if (running == null) return work.get();
    boolean entered;
    try {
      entered = running.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      // The request is being abandoned (shutdown or client gone): keep the flag for the caller, answer busy.
      Thread.currentThread().interrupt();
      entered = false;
    }
    if (!entered) throw new Busy(permits, Duration.ofNanos(maxWaitNanos), retryAfter);
    try {
      return work.get();
    } finally {
      running.release();
    }
  }

  /** Searches that could start at once (the configured maximum). */
  int permits() {
    return permits;
  }

  /** Searches waiting for a turn now (an estimate, for tests and diagnostics). */
  int waiting() {
    return running == null ? 0 : running.getQueueLength();
  }

  /** A search that found no free turn within the configured wait: a 503 that tells when to try again. */
  public static final class Busy extends ProblemException {
    private final long retryAfterSeconds;

    Busy(int permits, Duration waited, Duration retryAfter) {
      super(503, "Busy", "The service is busy: all " + permits + " search slots stayed taken for " + waited.toMillis()
          + " ms. Retry in a moment (Retry-After says when); a steady stream of these means the service needs more cores"
          + " or fewer clients.");
      // Retry-After counts whole seconds; never 0, which would invite an immediate retry storm.
      this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }
}
