package verticalkb.crawl;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import verticalkb.ListPage;
import verticalkb.Problem.FieldError;
import verticalkb.ProblemException;
import verticalkb.vertical.Catalogue;
import verticalkb.vertical.Source;
import verticalkb.vertical.Vertical;

/**
 * The crawl runs as users and the scheduler see them: start one for a vertical or a source, watch, list, cancel,
 * read the failure log; due sources are started by {@link #startDue}; runs cut short by a stop resume on start.
 */
@ApplicationScoped
public class CrawlService {

  private static final Logger LOG = Logger.getLogger(CrawlService.class);
  /** Resume after the catalogue has loaded (the runs' sources must exist). */
  public static final int STARTUP_PRIORITY = Catalogue.STARTUP_PRIORITY + 10;
  static final String TRIGGER_API = "api";
  static final String TRIGGER_SCHEDULE = "schedule";
  static final String TRIGGER_DEMO = "demo";
  private static final int MAX_PAGE = 500;

  private final CrawlEngine engine;
  private final FrontierStore frontier;
  private final StartGate gate;

  CrawlService(CrawlEngine engine, FrontierStore frontier, CrawlConfig config) {
    this.engine = engine;
    this.frontier = frontier;
    this.gate = new StartGate(Instant.now(), config.firstRunSpread(), config.unresolvedRetry(), CrawlService::resolves);
  }

  private static boolean resolves(String host) {
    try {
      java.net.InetAddress.getAllByName(host);
      return true;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
    resumeInterrupted();
  }

  /** Resumes every run the database says is queued or running but no crawler in this process is working on. */
  public int resumeInterrupted() {
    int n = 0;
    for (FrontierStore.StoredRun run : frontier.activeRuns()) {
      if (engine.active(run.view().id()) != null) continue;
      n++;
      List<CrawlEngine.SourceSpec> specs = QuarkusTransaction.requiringNew().call(() -> specs(run.sources()));
      engine.resume(run, specs);
    }
    return n;
  }

  /** Starts a run of every enabled, unparked source of the vertical. */
  public CrawlRunView startVertical(String verticalId, String trigger, boolean force) {
    List<CrawlEngine.SourceSpec> specs = QuarkusTransaction.requiringNew().call(() -> {
      Vertical v = Vertical.findById(verticalId);
      if (v == null || v.retired) {
        throw new ProblemException(404, "Not found", "No vertical with id '" + verticalId + "'. GET /api/verticals lists them.",
            List.of(new FieldError("vertical", "no such vertical")));
      }
      List<String> ids = new ArrayList<>();
      for (Source s : Source.ofVertical(verticalId)) {
        if (s.enabled && frontier.parkedReason(s.id) == null) ids.add(s.id);
      }
      return specs(ids);
    });
    if (specs.isEmpty()) {
      throw ProblemException.badRequest("vertical", "'" + verticalId + "' has no enabled, unparked source to crawl: add one with"
          + " POST /api/verticals/" + verticalId + "/sources or start a parked source by its id");
    }
    return start(verticalId, null, trigger, force, specs).view();
  }

  /** Starts a run of one source; an explicit start unparks a parked source. */
  public CrawlRunView startSource(String sourceId, String trigger, boolean force) {
    List<CrawlEngine.SourceSpec> specs = QuarkusTransaction.requiringNew().call(() -> {
      if (Source.findById(sourceId) == null) {
        throw new ProblemException(404, "Not found", "No source with id '" + sourceId
            + "'. GET /api/verticals/{vertical}/sources lists a vertical's sources.", List.of(new FieldError("source", "no such source")));
      }
      return specs(List.of(sourceId));
    });
    String vertical = specs.get(0).verticalId();
    return start(vertical, sourceId, trigger, force, specs).view();
  }

  private synchronized RunState start(String vertical, String source, String trigger, boolean force, List<CrawlEngine.SourceSpec> specs) {
    for (RunState r : engine.activeRuns()) {
      for (CrawlEngine.SourceSpec s : specs) {
        if (r.sources.containsKey(s.id())) {
          throw new ProblemException(409, "Conflict", "Source '" + s.id() + "' is already being crawled by run " + r.id
              + ": watch it with GET /api/crawls/" + r.id + " or cancel it with DELETE /api/crawls/" + r.id + ".");
        }
      }
    }
    return engine.start(vertical, source, trigger, force, specs);
  }

  /**
   * Starts a run for every enabled, unparked source whose schedule is due and that no run is crawling. Sources that
   * never ran start spread over {@code kb.crawl.first-run-spread}, and sources whose host does not resolve wait
   * (see {@link StartGate}), so that an offline start does not fill the run list with failed runs.
   */
  public int startDue() {
    record Due(String id, String url, Instant lastRun) {}
    List<Due> candidates = QuarkusTransaction.requiringNew().call(() -> {
      List<Due> out = new ArrayList<>();
      Instant now = Instant.now();
      for (Source s : Source.<Source>list("enabled = true")) {
        Instant last = frontier.lastRunAt(s.id);
        if (frontier.parkedReason(s.id) != null) continue;
        if (last == null || !last.plus(s.scheduleInterval()).isAfter(now)) out.add(new Due(s.id, s.url, last));
      }
      return out;
    });
    Instant now = Instant.now();
    List<String> due = new ArrayList<>();
    for (Due d : candidates) if (gate.mayStart(d.id(), d.url(), d.lastRun(), now)) due.add(d.id());
    int started = 0;
    for (String id : due) {
      try {
        startSource(id, TRIGGER_SCHEDULE, false);
        started++;
      } catch (ProblemException busy) {
        // already running: its own run records the time
      }
    }
    if (started > 0) LOG.infof("crawl: scheduler started %d source run(s)", started);
    return started;
  }

  public CrawlRunView get(String id) {
    RunState live = engine.active(id);
    if (live != null) return live.view();
    FrontierStore.StoredRun stored = frontier.run(id);
    if (stored == null) throw notFound(id);
    return stored.view();
  }

  public ListPage<CrawlRunView> list(int limit, int offset) {
    List<CrawlRunView> items = new ArrayList<>();
    for (FrontierStore.StoredRun s : frontier.runs(clamp(limit), Math.max(0, offset))) {
      RunState live = engine.active(s.view().id());
      items.add(live != null ? live.view() : s.view());
    }
    return new ListPage<>(items, frontier.countRuns());
  }

  public CrawlRunView cancel(String id) {
    if (!engine.cancel(id)) {
      CrawlRunView v = get(id);
      throw new ProblemException(409, "Conflict", "Run " + id + " is " + v.state() + " already; only queued or running runs can be cancelled.");
    }
    frontier.flush();
    return get(id);
  }

  public ListPage<FrontierStore.FailureView> failures(String id, int limit, int offset) {
    get(id);
    frontier.flush();
    return new ListPage<>(frontier.failures(id, clamp(limit), Math.max(0, offset)), frontier.countFailures(id));
  }

  private static int clamp(int limit) {
    return limit <= 0 ? 50 : Math.min(limit, MAX_PAGE);
  }

  private static ProblemException notFound(String id) {
    return ProblemException.notFound("crawl run", id, "GET /api/crawls lists the runs.");
  }

  private static List<CrawlEngine.SourceSpec> specs(List<String> ids) {
    List<CrawlEngine.SourceSpec> out = new ArrayList<>();
    for (String id : ids) {
      Source s = Source.findById(id);
      if (s == null) continue;
      out.add(new CrawlEngine.SourceSpec(s.id, s.verticalId, s.url, s.authority, s.scope, s.scheduleInterval()));
    }
    return out;
  }
}
