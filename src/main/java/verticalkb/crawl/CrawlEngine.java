package verticalkb.crawl;

import crawlercommons.robots.BaseRobotRules;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import verticalkb.crawl.RobotsCache.HttpStatus;
import verticalkb.vertical.Schedules;

/**
 * Runs crawls: a pool of {@code kb.crawl.workers} threads takes tasks from the per-origin queues (politeness),
 * checks robots.txt, fetches, archives, hands 200 responses to the {@link Pipeline}, feeds discovered URLs back into
 * the frontier, and records every outcome through the {@link FrontierStore} writer. A run ends when its last task is
 * done; runs interrupted by a stop are resumed from the database on start.
 */
@ApplicationScoped
public class CrawlEngine {

  private static final Logger LOG = Logger.getLogger(CrawlEngine.class);
  private static final long TAKE_TIMEOUT_MILLIS = 200;
  /** How often running counters are saved and the archive flushed. */
  private static final long TICK_MILLIS = 1000;

  /** A source as a run needs it. */
  record SourceSpec(String id, String verticalId, String url, double authority, verticalkb.vertical.CatalogueModel.Scope scope,
      Duration schedule) {}

  private final CrawlConfig config;
  private final FrontierStore frontier;
  private final Fetcher fetcher;
  private final RobotsCache robots;
  private final WarcArchive archive;
  private final Pipeline pipeline;
  private final UrlGuard guard;
  private final HostQueues queues = new HostQueues();
  private final Map<String, RunState> active = new ConcurrentHashMap<>();
  private final Map<String, Duration> originDelays = new ConcurrentHashMap<>();
  private final Duration pageRevisit;
  private final ExecutorService starter = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("crawl-starter").daemon().factory());
  private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
      Thread.ofPlatform().name("crawl-ticker").daemon().factory());
  private final List<Thread> workers = new ArrayList<>();
  private volatile boolean stopping;

  CrawlEngine(CrawlConfig config, FrontierStore frontier, Fetcher fetcher, RobotsCache robots, WarcArchive archive, Pipeline pipeline,
      UrlGuard guard) {
    this.guard = guard;
    this.config = config;
    this.frontier = frontier;
    this.fetcher = fetcher;
    this.robots = robots;
    this.archive = archive;
    this.pipeline = pipeline;
    Duration revisit = Schedules.parse(config.pageRevisit());
    this.pageRevisit = revisit == null ? Duration.ofDays(7) : revisit;
    for (int i = 0; i < Math.max(1, config.workers()); i++) {
      workers.add(Thread.ofPlatform().name("crawl-worker-" + i).daemon().start(this::work));
    }
    ticker.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  void onStop(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
    stop();
  }

  /** Stops taking work; queued URLs stay queued in the database and the run resumes on the next start. */
  @PreDestroy
  synchronized void stop() {
    if (stopping) return;
    stopping = true;
    for (Thread w : workers) w.interrupt();
    for (Thread w : workers) {
      try {
        w.join(TimeUnit.SECONDS.toMillis(config.readTimeout().toSeconds() + 1));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    ticker.shutdownNow();
    starter.shutdownNow();
    for (RunState r : active.values()) frontier.counters(r);
    pipeline.flushDocuments();
    frontier.flush();
    archive.flush();
  }

  /** Requests to this origin wait this long between them instead of kb.crawl.default-delay (robots.txt may ask more). */
  public void delayFor(URI origin, Duration delay) {
    originDelays.put(Urls.origin(origin), delay);
  }

  RunState active(String id) {
    return active.get(id);
  }

  Collection<RunState> activeRuns() {
    return active.values();
  }

  /** Creates the run (state queued) and starts it in the background. */
  RunState start(String verticalId, String sourceId, String trigger, boolean force, List<SourceSpec> sources) {
    RunState run = new RunState(java.util.UUID.randomUUID().toString(), verticalId, sourceId, trigger, force, Instant.now());
    run.sources = contexts(sources);
    frontier.createRun(run, run.sourceIds());
    active.put(run.id, run);
    starter.submit(() -> begin(run, true));
    return run;
  }

  /** Takes over a run that was queued or running when the process stopped. */
  void resume(FrontierStore.StoredRun stored, List<SourceSpec> sources) {
    CrawlRunView v = stored.view();
    RunState run = new RunState(v.id(), v.vertical(), v.source(), v.trigger(), stored.force(), v.createdAt());
    run.sources = contexts(sources);
    run.startedAt = v.startedAt();
    run.fetched.set(v.fetched());
    run.notModified.set(v.notModified());
    run.unchanged.set(v.unchanged());
    run.failed.set(v.failed());
    run.robotsDenied.set(v.robotsDenied());
    run.outOfScope.set(v.outOfScope());
    run.bytes.set(v.bytes());
    run.documents.set(v.documents());
    active.put(run.id, run);
    LOG.infof("crawl: resuming run %s (%s)", run.id, v.state());
    starter.submit(() -> begin(run, v.state().equals(RunState.QUEUED)));
  }

  /**
   * Lets go of a running run without ending it, as a stop of the process does: queued URLs stay queued in the
   * database, URLs in flight finish and are recorded, and {@link CrawlService#resumeInterrupted()} takes it up again.
   */
  void suspend(String id) throws InterruptedException {
    RunState run = active.get(id);
    if (run == null) return;
    run.suspended = true;
    run.pending.addAndGet(-queues.removeRun(run));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(config.readTimeout().toSeconds() + 5);
    while (run.pending.get() > 0 && System.nanoTime() < deadline) Thread.sleep(10);
    pipeline.flush();
    frontier.counters(run);
    frontier.flush();
    active.remove(id);
  }

  boolean cancel(String id) {
    RunState run = active.get(id);
    if (run == null) return false;
    run.state = RunState.CANCELLED;
    run.message = "cancelled by request";
    int dropped = queues.removeRun(run);
    run.pending.addAndGet(-dropped);
    run.finishedAt = Instant.now();
    active.remove(id);
    frontier.counters(run);
    return true;
  }

  private Map<String, RunState.SourceCtx> contexts(List<SourceSpec> sources) {
    Map<String, RunState.SourceCtx> m = new LinkedHashMap<>();
    for (SourceSpec s : sources) {
      var scope = (s.scope() == null ? verticalkb.vertical.CatalogueModel.Scope.defaults() : s.scope()).withDefaults();
      m.put(s.id(), new RunState.SourceCtx(s.id(), s.verticalId(), s.url(), s.authority(), scope.maxPages(), s.schedule(),
          new ScopeFilter(s.url(), scope, config.traps())));
    }
    return m;
  }

  private void begin(RunState run, boolean fresh) {
    try {
      run.pending.incrementAndGet(); // held while loading, so that early finishes cannot end the run
      Instant now = Instant.now();
      if (fresh) {
        List<FrontierStore.Seed> seeds = new ArrayList<>();
        for (RunState.SourceCtx s : run.sources.values()) {
          String seed = Urls.normalise(s.seedUrl);
          if (seed != null) seeds.add(new FrontierStore.Seed(s.id, seed, Urls.key(seed)));
        }
        frontier.seed(run, seeds, now);
        run.startedAt = now;
      }
      for (RunState.SourceCtx s : run.sources.values()) {
        synchronized (s) {
          s.known.addAll(frontier.loadKnown(s.id));
          s.pagesInRun = frontier.countInRun(run.id, s.id);
        }
      }
      run.clockStartNanos = System.nanoTime();
      run.state = RunState.RUNNING;
      for (FrontierStore.Row row : frontier.loadQueued(run.id)) {
        RunState.SourceCtx s = run.sources.get(row.sourceId());
        if (s == null) continue;
        Task t = new Task(run, row.sourceId(), row.url(), row.key(), row.depth(), row.attempts(), row.etag(), row.lastModified(),
            row.contentHash());
        run.pending.incrementAndGet();
        queues.add(Urls.origin(URI.create(row.url())), t);
      }
      frontier.counters(run);
    } catch (RuntimeException e) {
      LOG.errorf(e, "crawl: run %s could not start", run.id);
      run.message = "could not start: " + e.getMessage();
      run.state = RunState.FAILED;
    } finally {
      finishOne(run);
    }
  }

  private void work() {
    while (!stopping) {
      Task t;
      try {
        t = queues.take(TAKE_TIMEOUT_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
      if (t == null) continue;
      String origin = Urls.origin(URI.create(t.url()));
      boolean released = false;
      try {
        released = handle(t, origin);
      } catch (RuntimeException e) {
        LOG.errorf(e, "crawl: unexpected failure on %s", t.url());
        fail(t, "internal error: " + e, null);
      } finally {
        if (!released) queues.release(origin, 0);
      }
    }
  }

  /** Handles one task; answers whether the origin was released already. */
  private boolean handle(Task t, String origin) {
    RunState run = t.run();
    RunState.SourceCtx src = run.sources.get(t.sourceId());
    if (!run.active() || run.suspended || src == null || src.parkedReason != null) {
      finishOne(run);
      return false;
    }
    URI uri = URI.create(t.url());
    String refused = guard.refusal(uri, true);
    if (refused != null) {
      fail(t, "refused: " + refused, null);
      return false;
    }
    BaseRobotRules rules = robots.cached(uri);
    if (rules == null) {
      rules = robots.load(uri);
      queues.addFirst(origin, t); // the robots.txt request used this turn; the page waits for the next one
      queues.release(origin, delay(origin, rules).toNanos());
      return true;
    }
    if (!rules.isAllowed(t.url())) {
      run.robotsDenied.incrementAndGet();
      record(t, FrontierStore.DENIED, t.attempts(), "disallowed by robots.txt", t.etag(), t.lastModified(), t.contentHash(), null);
      finishOne(run);
      return false;
    }
    FetchResult r = fetcher.fetch(uri, t.etag(), t.lastModified());
    Duration wait = delay(origin, rules);
    if ((r.status() == HttpStatus.TOO_MANY_REQUESTS || r.status() == HttpStatus.SERVICE_UNAVAILABLE) && r.error() == null) {
      Duration asked = r.retryAfter() == null ? wait : r.retryAfter();
      wait = min(max(asked, wait), config.maxDelay());
      queues.release(origin, wait.toNanos());
      if (t.attempts() + 1 < config.maxAttempts()) {
        queues.add(origin, t.retried());
        return true;
      }
      fail(t, "HTTP " + r.status() + " after " + (t.attempts() + 1) + " attempts (host asked to back off)", r);
      return true;
    }
    queues.release(origin, wait.toNanos()); // the connection is free: processing runs while the next fetch starts
    if (r.status() > 0) {
      try {
        archive.write(r, t.sourceId());
      } catch (java.io.IOException e) {
        frontier.failure(run, t.url(), "not archived: " + e.getMessage());
      }
    }
    if (r.error() != null) {
      fail(t, r.error(), r);
    } else if (r.status() == HttpStatus.NOT_MODIFIED) {
      run.notModified.incrementAndGet();
      run.handledHere.incrementAndGet();
      src.consecutiveFailures.set(0);
      record(t, FrontierStore.DONE, 0, "304 not modified", t.etag(), t.lastModified(), t.contentHash(), r.at());
      finishOne(run);
    } else if (r.ok()) {
      succeed(t, src, r);
    } else if (isBrokenLink(t, r)) {
      // A dead link says nothing about the source's health: real sites have many, and parking on them would stop
      // the crawl of a healthy site. The failure is recorded all the same.
      failLink(t, "HTTP " + r.status() + " (a broken link)", r);
    } else {
      fail(t, "HTTP " + r.status() + (r.status() >= HttpStatus.MULTIPLE_CHOICES && r.status() < 400 ? " without a usable Location" : ""), r);
    }
    return true;
  }

  /** A page (not the seed) that the server says is not there: 404 Not Found or 410 Gone. */
  private static boolean isBrokenLink(Task t, FetchResult r) {
    return t.depth() > 0 && (r.status() == HttpStatus.NOT_FOUND || r.status() == HttpStatus.GONE);
  }

  private void succeed(Task t, RunState.SourceCtx src, FetchResult r) {
    RunState run = t.run();
    run.fetched.incrementAndGet();
    run.handledHere.incrementAndGet();
    run.bytes.addAndGet(r.body().length);
    src.consecutiveFailures.set(0);
    for (String p : r.problems()) frontier.failure(run, t.url(), p);
    String hash = Urls.contentHash(r.body());
    String outcome;
    if (hash.equals(t.contentHash())) {
      run.unchanged.incrementAndGet();
      outcome = "200 unchanged";
    } else {
      Pipeline.Processed p = pipeline.process(new PageDocuments.Origin(src.id, src.verticalId, src.authority), r.url(), r.contentType(),
          r.body(), r.at(), (url, reason) -> frontier.failure(run, url, reason));
      run.documents.addAndGet(p.documents());
      for (URI link : p.follow()) discover(run, src, link.toString(), t.depth() + 1);
      outcome = "200 " + p.type() + (r.truncated() ? " (truncated)" : "") + (r.url().toString().equals(t.url()) ? "" : " via " + r.url());
    }
    record(t, FrontierStore.DONE, 0, outcome, r.header("etag"), r.header("last-modified"), hash, r.at());
    finishOne(run);
  }

  private void discover(RunState run, RunState.SourceCtx src, String raw, int depth) {
    String url = Urls.normalise(raw);
    if (url == null) return;
    long key = Urls.key(url);
    synchronized (src) {
      if (src.known.contains(key)) return;
      String rejection = src.scope.rejection(url, depth);
      if (rejection == null && src.pagesInRun >= src.maxPages) rejection = "page budget of " + src.maxPages + " reached";
      if (rejection != null) {
        if (src.outOfScope.add(key)) run.outOfScope.incrementAndGet();
        return;
      }
      src.known.add(key);
      src.pagesInRun++;
    }
    Task t = new Task(run, src.id, url, key, depth, 0, null, null, null);
    frontier.insert(t);
    run.pending.incrementAndGet();
    queues.add(Urls.origin(URI.create(url)), t);
  }

  /** Records a failed URL; it does not count towards parking its source. */
  private void failLink(Task t, String reason, FetchResult r) {
    recordFailure(t, reason, r);
    finishOne(t.run());
  }

  private void recordFailure(Task t, String reason, FetchResult r) {
    RunState run = t.run();
    run.failed.incrementAndGet();
    run.handledHere.incrementAndGet();
    frontier.failure(run, t.url(), reason);
    record(t, FrontierStore.FAILED, t.attempts() + 1, reason, t.etag(), t.lastModified(), t.contentHash(), r == null ? Instant.now() : r.at());
  }

  /** Records a failed URL, counting it towards parking its source. */
  private void fail(Task t, String reason, FetchResult r) {
    RunState run = t.run();
    RunState.SourceCtx src = run.sources.get(t.sourceId());
    recordFailure(t, reason, r);
    if (src != null && src.consecutiveFailures.incrementAndGet() >= config.parkAfterFailures() && src.parkedReason == null) {
      src.parkedReason = src.consecutiveFailures.get() + " consecutive failures; last: " + reason
          + ". Fix the source and start a crawl of it (POST /api/crawls {\"source\": \"" + src.id + "\"}) to unpark it.";
      int dropped = queues.removeSource(run, src.id);
      run.pending.addAndGet(-dropped);
      frontier.failure(run, src.seedUrl, "source " + src.id + " parked: " + src.parkedReason);
      LOG.warnf("crawl: source %s parked: %s", src.id, src.parkedReason);
    }
    finishOne(run);
  }

  private void record(Task t, String status, int attempts, String outcome, String etag, String lastModified, String hash, Instant fetchedAt) {
    RunState.SourceCtx src = t.run().sources.get(t.sourceId());
    Duration next = t.depth() == 0 && src != null ? src.schedule : pageRevisit;
    frontier.outcome(new FrontierStore.Outcome(t.sourceId(), t.key(), status, attempts, Instant.now().plus(next), etag, lastModified,
        hash, outcome, fetchedAt));
  }

  private void finishOne(RunState run) {
    if (run.pending.decrementAndGet() > 0 || run.suspended) return;
    if (!run.active()) {
      if (active.remove(run.id) != null) frontier.counters(run);
      return;
    }
    starter.submit(() -> complete(run));
  }

  private void complete(RunState run) {
    if (run.pending.get() > 0 || !run.active()) return;
    pipeline.flush();
    archive.flush();
    Instant now = Instant.now();
    boolean allParked = !run.sources.isEmpty() && run.sources.values().stream().allMatch(s -> s.parkedReason != null);
    run.state = allParked ? RunState.FAILED : RunState.DONE;
    if (allParked) run.message = "every source was parked after repeated failures; see GET /api/crawls/" + run.id + "/failures";
    run.finishedAt = now;
    for (RunState.SourceCtx s : run.sources.values()) {
      try {
        frontier.sourceState(s.id, run.id, now, s.consecutiveFailures.get(), s.parkedReason);
      } catch (RuntimeException e) {
        LOG.warnf("crawl: cannot record the state of source %s: %s", s.id, e.getMessage());
      }
    }
    frontier.counters(run);
    frontier.flush();
    active.remove(run.id);
    LOG.infof("crawl: run %s %s: %d fetched, %d not modified, %d failed, %d robots-denied, %d out of scope, %d documents",
        run.id, run.state, run.fetched.get(), run.notModified.get(), run.failed.get(), run.robotsDenied.get(), run.outOfScope.get(),
        run.documents.get());
  }

  private void tick() {
    try {
      for (RunState r : active.values()) frontier.counters(r);
      archive.flush();
    } catch (RuntimeException e) {
      LOG.warnf("crawl: tick failed: %s", e.getMessage());
    }
  }

  private Duration delay(String origin, BaseRobotRules rules) {
    Duration base = originDelays.getOrDefault(origin, config.defaultDelay());
    return min(max(base, RobotsCache.crawlDelay(rules)), config.maxDelay());
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
