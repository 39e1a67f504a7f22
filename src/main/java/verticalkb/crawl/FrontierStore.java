package verticalkb.crawl;

import static verticalkb.Jdbc.time;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The frontier and the run log in the database, over plain JDBC. Reads and run creation are direct; the many small
 * writes of a crawl (new URLs, outcomes, failures, counters) go through one writer thread that drains them in
 * batches, one transaction and one JDBC batch per statement kind per round trip, instead of one transaction per URL.
 * {@link #flush()} waits until everything submitted before it is committed.
 */
@ApplicationScoped
public class FrontierStore {

  private static final Logger LOG = Logger.getLogger(FrontierStore.class);
  static final String QUEUED = "queued";
  static final String DONE = "done";
  static final String FAILED = "failed";
  static final String DENIED = "denied";
  /** How long the writer waits for work before looking again; bounds the latency of a lone write. */
  private static final long POLL_MILLIS = 50;
  private static final int MAX_REASON = 2000;
  private static final int MAX_OUTCOME = 1000;
  private static final long STOP_WAIT_SECONDS = 10;

  private sealed interface Op permits Insert, Outcome, Failure, Counters, Barrier {}

  private record Insert(String sourceId, long key, String url, int depth, String runId) implements Op {}

  /** The result of one fetch for the row (source, key). */
  record Outcome(String sourceId, long key, String status, int attempts, Instant nextFetch, String etag,
      String lastModified, String contentHash, String outcome, Instant fetchedAt) implements Op {}

  private record Failure(String runId, String url, String reason, Instant at) implements Op {}

  private record Counters(RunState run) implements Op {}

  private record Barrier(CompletableFuture<Void> done) implements Op {}

  /** A frontier row as loaded for a run. */
  record Row(String sourceId, long key, String url, int depth, int attempts, String etag, String lastModified,
      String contentHash) {}

  /** A run as stored. */
  record StoredRun(CrawlRunView view, boolean force, List<String> sources) {}

  private final AgroalDataSource db;
  private final int batchSize;
  private final BlockingQueue<Op> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean stopping;
  /** Shutdown observers run in ascending priority; the engine's (default, 2500) stops the workers before this. */
  static final int STOP_PRIORITY = 3000;

  FrontierStore(AgroalDataSource db, CrawlConfig config) {
    this.db = db;
    this.batchSize = config.batchSize();
    this.writer = Thread.ofPlatform().name("crawl-frontier-writer").daemon().unstarted(this::writeLoop);
    writer.start();
  }

  /** After the engine stopped (its observer runs first): the last writes, then no more. */
  void onStop(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(STOP_PRIORITY) io.quarkus.runtime.ShutdownEvent event) {
    stop();
  }

  @PreDestroy
  synchronized void stop() {
    if (stopping) return;
    try {
      flush();
    } catch (RuntimeException e) {
      LOG.warnf("frontier: last flush failed: %s", e.getMessage());
    }
    stopping = true;
    writer.interrupt();
    try {
      writer.join(TimeUnit.SECONDS.toMillis(STOP_WAIT_SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    writeNow();
  }

  // ---- writes through the writer thread

  void insert(Task t) {
    queue.add(new Insert(t.sourceId(), t.key(), t.url(), t.depth(), t.run().id));
  }

  void outcome(Outcome o) {
    queue.add(o);
  }

  void failure(RunState run, String url, String reason) {
    queue.add(new Failure(run.id, url, truncate(reason, MAX_REASON), Instant.now()));
  }

  void counters(RunState run) {
    queue.add(new Counters(run));
  }

  /** Waits until every write submitted before this call is committed. */
  void flush() {
    if (stopping) {
      writeNow(); // the writer thread is gone (shutdown order): write on the caller's thread
      return;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    queue.add(new Barrier(done));
    try {
      done.get(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("frontier writer did not flush: " + e.getMessage(), e);
    }
  }

  private synchronized void writeNow() {
    List<Op> ops = new ArrayList<>();
    queue.drainTo(ops);
    try {
      if (!ops.isEmpty()) write(ops);
    } catch (SQLException | RuntimeException e) {
      LOG.warnf("frontier: last %d writes lost at shutdown (%s); those URLs are fetched again on resume", ops.size(), e.getMessage());
    } finally {
      for (Op op : ops) if (op instanceof Barrier b) b.done.complete(null);
    }
  }

  private void writeLoop() {
    List<Op> ops = new ArrayList<>();
    while (!stopping) {
      try {
        Op first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        ops.add(first);
        queue.drainTo(ops, batchSize * 4);
        write(ops);
      } catch (InterruptedException e) {
        if (stopping) return;
      } catch (RuntimeException | SQLException e) {
        LOG.errorf(e, "frontier: a batch of %d writes failed; the URLs concerned will be fetched again on resume", ops.size());
      } finally {
        for (Op op : ops) if (op instanceof Barrier b) b.done.complete(null);
        ops.clear();
      }
    }
  }

  private void write(List<Op> ops) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ins = c.prepareStatement(
              "insert into crawl_url (source_id, url_hash, url, depth, status, attempts, run_id) select ?, ?, ?, ?, '" + QUEUED
                  + "', 0, ? where not exists (select 1 from crawl_url where source_id = ? and url_hash = ?)");
          PreparedStatement out = c.prepareStatement(
              "update crawl_url set status = ?, attempts = ?, next_fetch_at = ?, etag = ?, last_modified = ?, content_hash = ?,"
                  + " last_outcome = ?, fetched_at = ? where source_id = ? and url_hash = ?");
          PreparedStatement fail = c.prepareStatement("insert into crawl_failure (run_id, url, reason, at) values (?, ?, ?, ?)");
          PreparedStatement run = c.prepareStatement(
              "update crawl_run set state = ?, queued = ?, fetched = ?, not_modified = ?, unchanged = ?, failed = ?, robots_denied = ?,"
                  + " out_of_scope = ?, bytes = ?, documents = ?, started_at = ?, finished_at = ?, message = ? where id = ?")) {
        int nIns = 0, nOut = 0, nFail = 0, nRun = 0;
        Set<String> runsDone = new HashSet<>();
        for (Op op : ops) {
          switch (op) {
            case Insert i -> {
              ins.setString(1, i.sourceId);
              ins.setLong(2, i.key);
              ins.setString(3, i.url);
              ins.setInt(4, i.depth);
              ins.setString(5, i.runId);
              ins.setString(6, i.sourceId);
              ins.setLong(7, i.key);
              ins.addBatch();
              nIns++;
            }
            case Outcome o -> {
              out.setString(1, o.status);
              out.setInt(2, o.attempts);
              out.setObject(3, time(o.nextFetch));
              out.setString(4, o.etag);
              out.setString(5, o.lastModified);
              out.setString(6, o.contentHash);
              out.setString(7, truncate(o.outcome, MAX_OUTCOME));
              out.setObject(8, time(o.fetchedAt));
              out.setString(9, o.sourceId);
              out.setLong(10, o.key);
              out.addBatch();
              nOut++;
            }
            case Failure f -> {
              fail.setString(1, f.runId);
              fail.setString(2, f.url);
              fail.setString(3, f.reason);
              fail.setObject(4, time(f.at));
              fail.addBatch();
              nFail++;
            }
            case Counters k -> {
              if (!runsDone.add(k.run.id)) continue; // the latest snapshot is read now anyway
              CrawlRunView v = k.run.view();
              run.setString(1, v.state());
              run.setLong(2, v.queued());
              run.setLong(3, v.fetched());
              run.setLong(4, v.notModified());
              run.setLong(5, v.unchanged());
              run.setLong(6, v.failed());
              run.setLong(7, v.robotsDenied());
              run.setLong(8, v.outOfScope());
              run.setLong(9, v.bytes());
              run.setLong(10, v.documents());
              run.setObject(11, time(v.startedAt()));
              run.setObject(12, time(v.finishedAt()));
              run.setString(13, truncate(v.message(), MAX_REASON));
              run.setString(14, v.id());
              run.addBatch();
              nRun++;
            }
            case Barrier b -> { }
          }
        }
        if (nIns > 0) ins.executeBatch();
        if (nOut > 0) out.executeBatch();
        if (nFail > 0) fail.executeBatch();
        if (nRun > 0) run.executeBatch();
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  // ---- direct reads and writes

  void createRun(RunState r, List<String> sourceIds) {
    sql("insert into crawl_run (id, vertical_id, source_id, sources, state, trigger_kind, force_all, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        ps -> {
          ps.setString(1, r.id);
          ps.setString(2, r.verticalId);
          ps.setString(3, r.sourceId);
          ps.setString(4, String.join(",", sourceIds));
          ps.setString(5, r.state);
          ps.setString(6, r.trigger);
          ps.setBoolean(7, r.force);
          ps.setObject(8, time(r.createdAt));
          ps.executeUpdate();
        });
  }

  /** A seed URL of a source, with its frontier key. */
  record Seed(String sourceId, String url, long key) {}

  /**
   * In one transaction: makes sure each seed has a row, queues for this run the rows that are due (all of them when
   * {@code force}; seeds always), and marks the run running. Answers nothing; {@link #loadQueued} reads the result.
   */
  void seed(RunState run, List<Seed> seeds, Instant now) {
    inTransaction(c -> {
      try (PreparedStatement ins = c.prepareStatement(
              "insert into crawl_url (source_id, url_hash, url, depth, status, attempts, run_id) select ?, ?, ?, 0, '" + QUEUED
                  + "', 0, ? where not exists (select 1 from crawl_url where source_id = ? and url_hash = ?)");
          PreparedStatement queue = c.prepareStatement(
              "update crawl_url set status = '" + QUEUED + "', run_id = ?, attempts = 0 where source_id = ? and (? = true or depth = 0"
                  + " or next_fetch_at is null or next_fetch_at <= ?)");
          PreparedStatement state = c.prepareStatement("update crawl_run set state = ?, started_at = ? where id = ?")) {
        for (Seed s : seeds) {
          ins.setString(1, s.sourceId);
          ins.setLong(2, s.key);
          ins.setString(3, s.url);
          ins.setString(4, run.id);
          ins.setString(5, s.sourceId);
          ins.setLong(6, s.key);
          ins.executeUpdate();
          queue.setString(1, run.id);
          queue.setString(2, s.sourceId);
          queue.setBoolean(3, run.force);
          queue.setObject(4, time(now));
          queue.executeUpdate();
        }
        state.setString(1, RunState.RUNNING);
        state.setObject(2, time(now));
        state.setString(3, run.id);
        state.executeUpdate();
      }
    });
  }

  List<Row> loadQueued(String runId) {
    List<Row> rows = new ArrayList<>();
    sql("select source_id, url_hash, url, depth, attempts, etag, last_modified, content_hash from crawl_url where run_id = ? and status = ?",
        ps -> {
          ps.setString(1, runId);
          ps.setString(2, QUEUED);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                  rs.getString(7), rs.getString(8)));
            }
          }
        });
    return rows;
  }

  Set<Long> loadKnown(String sourceId) {
    Set<Long> keys = new HashSet<>();
    sql("select url_hash from crawl_url where source_id = ?", ps -> {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) keys.add(rs.getLong(1));
      }
    });
    return keys;
  }

  /** How many of the source's rows this run has already taken (fetched or queued): its page budget used. */
  int countInRun(String runId, String sourceId) {
    int[] n = {0};
    sql("select count(*) from crawl_url where run_id = ? and source_id = ?", ps -> {
      ps.setString(1, runId);
      ps.setString(2, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) n[0] = rs.getInt(1);
      }
    });
    return n[0];
  }

  private static final String RUN_COLUMNS = "id, state, vertical_id, source_id, sources, trigger_kind, queued, fetched, not_modified,"
      + " unchanged, failed, robots_denied, out_of_scope, bytes, documents, created_at, started_at, finished_at, message, force_all";

  StoredRun run(String id) {
    List<StoredRun> runs = runs("where id = ?", List.of(id), 1, 0);
    return runs.isEmpty() ? null : runs.get(0);
  }

  List<StoredRun> activeRuns() {
    return runs("where state in ('" + RunState.QUEUED + "', '" + RunState.RUNNING + "')", List.of(), Integer.MAX_VALUE, 0);
  }

  List<StoredRun> runs(int limit, int offset) {
    return runs("", List.of(), limit, offset);
  }

  long countRuns() {
    return count("select count(*) from crawl_run", List.of());
  }

  private List<StoredRun> runs(String where, List<String> args, int limit, int offset) {
    List<StoredRun> out = new ArrayList<>();
    sql("select " + RUN_COLUMNS + " from crawl_run " + where + " order by created_at desc, id offset " + offset + " rows fetch next "
        + limit + " rows only", ps -> {
          for (int i = 0; i < args.size(); i++) ps.setString(i + 1, args.get(i));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              List<String> sources = rs.getString(5).isEmpty() ? List.of() : List.of(rs.getString(5).split(","));
              String state = rs.getString(2);
              boolean finished = !state.equals(RunState.QUEUED) && !state.equals(RunState.RUNNING);
              Instant started = instant(rs, 17);
              Instant finishedAt = instant(rs, 18);
              long handled = rs.getLong(8) + rs.getLong(9);
              double secs = started != null && finishedAt != null ? Math.max(1, finishedAt.toEpochMilli() - started.toEpochMilli()) / 1000.0 : 0;
              double pps = secs > 0 ? Math.round(handled / secs * 10) / 10.0 : 0;
              out.add(new StoredRun(new CrawlRunView(rs.getString(1), state, rs.getString(3), rs.getString(4), sources,
                  rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12),
                  rs.getLong(13), rs.getLong(14), rs.getLong(15), pps, finished ? Long.valueOf(0) : null, instant(rs, 16), started,
                  finishedAt, rs.getString(19)), rs.getBoolean(20), sources));
            }
          }
        });
    return out;
  }

  /** One entry of a run's failure log. */
  public record FailureView(String url, String reason, Instant at) {}

  List<FailureView> failures(String runId, int limit, int offset) {
    List<FailureView> out = new ArrayList<>();
    sql("select url, reason, at from crawl_failure where run_id = ? order by id offset " + offset + " rows fetch next " + limit + " rows only",
        ps -> {
          ps.setString(1, runId);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new FailureView(rs.getString(1), rs.getString(2), instant(rs, 3)));
          }
        });
    return out;
  }

  long countFailures(String runId) {
    return count("select count(*) from crawl_failure where run_id = ?", List.of(runId));
  }

  /** The frontier rows of a source, for tests and diagnostics: url → status. */
  List<String[]> rows(String sourceId) {
    List<String[]> out = new ArrayList<>();
    sql("select url, status, last_outcome, run_id from crawl_url where source_id = ? order by url", ps -> {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
      }
    });
    return out;
  }

  // ---- per-source state

  /** Why the source is parked, or null. */
  String parkedReason(String sourceId) {
    String[] r = {null};
    sql("select parked_reason from crawl_source_state where source_id = ?", ps -> {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) r[0] = rs.getString(1);
      }
    });
    return r[0];
  }

  Instant lastRunAt(String sourceId) {
    Instant[] r = {null};
    sql("select last_run_at from crawl_source_state where source_id = ?", ps -> {
      ps.setString(1, sourceId);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) r[0] = instant(rs, 1);
      }
    });
    return r[0];
  }

  /** Records a run of the source and its parking state (reason null: not parked). */
  void sourceState(String sourceId, String runId, Instant at, int consecutiveFailures, String parkedReason) {
    inTransaction(c -> {
      try (PreparedStatement up = c.prepareStatement(
          "update crawl_source_state set last_run_id = ?, last_run_at = ?, consecutive_failures = ?, parked_reason = ?,"
              + " parked_at = ? where source_id = ?")) {
        up.setString(1, runId);
        up.setObject(2, time(at));
        up.setInt(3, consecutiveFailures);
        up.setString(4, truncate(parkedReason, MAX_REASON));
        up.setObject(5, parkedReason == null ? null : time(at));
        up.setString(6, sourceId);
        if (up.executeUpdate() == 0) {
          try (PreparedStatement ins = c.prepareStatement(
              "insert into crawl_source_state (source_id, last_run_id, last_run_at, consecutive_failures, parked_reason, parked_at)"
                  + " values (?, ?, ?, ?, ?, ?)")) {
            ins.setString(1, sourceId);
            ins.setString(2, runId);
            ins.setObject(3, time(at));
            ins.setInt(4, consecutiveFailures);
            ins.setString(5, truncate(parkedReason, MAX_REASON));
            ins.setObject(6, parkedReason == null ? null : time(at));
            ins.executeUpdate();
          }
        }
      }
    });
  }

  // ---- helpers

  private interface Work {
    void run(PreparedStatement ps) throws SQLException;
  }

  private interface TxWork {
    void run(Connection c) throws SQLException;
  }

  private void sql(String sql, Work work) {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      work.run(ps);
    } catch (SQLException e) {
      throw new IllegalStateException("crawl database error: " + e.getMessage(), e);
    }
  }

  private void inTransaction(TxWork work) {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("crawl database error: " + e.getMessage(), e);
    }
  }

  private long count(String sql, List<String> args) {
    long[] n = {0};
    sql(sql, ps -> {
      for (int i = 0; i < args.size(); i++) ps.setString(i + 1, args.get(i));
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) n[0] = rs.getLong(1);
      }
    });
    return n[0];
  }

  private static Instant instant(ResultSet rs, int col) throws SQLException {
    OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
