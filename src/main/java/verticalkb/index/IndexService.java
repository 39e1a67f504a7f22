package verticalkb.index;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import verticalkb.KbConfig;
import verticalkb.ProblemException;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;

/**
 * The process's one index: loads {@code index-config/} at start (a bad schema stops the service with every error
 * named), opens the current index directory, commits on an interval and at shutdown, and rebuilds into a fresh
 * directory on {@link #startReindex()} while the old one keeps serving, then swaps. Thread-safe.
 */
@Startup
@ApplicationScoped
public class IndexService {

  private static final Logger LOG = Logger.getLogger(IndexService.class);
  private static final String CURRENT_FILE = "CURRENT";

  /** Progress of the last (or running) rebuild. */
  public record ReindexStatus(String state, long total, long done, long failed, Instant startedAt, Instant finishedAt, String error) {
    static ReindexStatus idle() {
      return new ReindexStatus("idle", 0, 0, 0, null, null, null);
    }
  }

  private final KbConfig kb;
  private final IndexSettings settings;
  private final Documents documents;
  private final ExecutorService rebuilder = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "index-rebuild");
    t.setDaemon(true);
    return t;
  });
  private IndexConfig config;
  private Analysis analysis;
  private volatile LuceneIndex current;
  private volatile LuceneIndex building;
  private volatile ReindexStatus status = ReindexStatus.idle();

  IndexService(KbConfig kb, IndexSettings settings, Documents documents) {
    this.kb = kb;
    this.settings = settings;
    this.documents = documents;
  }

  @PostConstruct
  void open() {
    config = new SchemaLoader().load(kb.indexConfigDir(), settings.schema());
    analysis = new Analysis(config);
    try {
      Path root = Files.createDirectories(root());
      Path cur = root.resolve(CURRENT_FILE);
      String name = Files.exists(cur) ? Files.readString(cur, StandardCharsets.UTF_8).strip() : "index-" + System.currentTimeMillis();
      if (!Files.exists(cur)) Files.writeString(cur, name, StandardCharsets.UTF_8);
      current = openIndex(root.resolve(name));
      if (current.schemaDiffers()) {
        LOG.warnf("index at %s was built with another schema than %s: searches use it as it is; POST /api/reindex rebuilds it",
            current.path(), config.dir().resolve(settings.schema()));
      }
      LOG.infof("index %s open: %d documents, schema %s", current.path(), current.count(), config.indexHash());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index under " + root() + ": " + e.getMessage(), e);
    }
  }

  private LuceneIndex openIndex(Path dir) throws IOException {
    return new LuceneIndex(dir, analysis, settings.maxStaleness().toMillis() / 1000.0, new LuceneIndex.Writing(settings.ramBufferMb(),
        settings.merge().segmentsPerTier(), settings.merge().floorSegmentMb(), settings.compoundFiles()));
  }

  private Path root() {
    return kb.dataDir().resolve("index");
  }

  /** The index searches read; changes on a swap, so take it once per request. */
  public LuceneIndex index() {
    return current;
  }

  public IndexConfig config() {
    return config;
  }

  /** True while the index was built with another schema than the loaded one, until a reindex finishes. */
  public boolean reindexRequired() {
    return current.schemaDiffers();
  }

  public ReindexStatus reindexStatus() {
    return status;
  }

  /** Indexes stored documents in the serving index and, during a rebuild, in the new one too. */
  public List<LuceneIndex.Failure> upsert(List<KbDocument> docs) {
    try {
      LuceneIndex b = building;
      if (b != null) b.upsert(docs);
      List<LuceneIndex.Failure> failures = current.upsert(docs);
      if (current.uncommitted() >= settings.commitEvery()) current.commit();
      return failures;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(Collection<String> ids) {
    try {
      LuceneIndex b = building;
      if (b != null) b.delete(ids);
      current.delete(ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Commits now (end of an import batch, interval, shutdown). */
  public void commit() {
    try {
      current.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Scheduled(every = "${kb.index.commit-interval:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void commitOnInterval() {
    if (current.uncommitted() > 0) commit();
  }

  /** Starts a rebuild from the database into a new directory; 409 while one runs. */
  public synchronized ReindexStatus startReindex() {
    if (building != null) {
      throw new ProblemException(409, "Reindex running", "A reindex is already running (" + status.done() + " of " + status.total()
          + " documents); GET /api/reindex shows its progress.");
    }
    Path dir = root().resolve("index-" + System.currentTimeMillis());
    try {
      building = openIndex(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    status = new ReindexStatus("running", documents.count(), 0, 0, Instant.now(), null, null);
    rebuilder.submit(this::rebuild);
    return status;
  }

  private void rebuild() {
    LuceneIndex target = building;
    long done = 0;
    long failed = 0;
    try {
      String after = null;
      while (true) {
        List<KbDocument> page = documents.page(after, settings.reindexPage());
        if (page.isEmpty()) break;
        failed += target.upsert(page).size();
        done += page.size();
        after = page.getLast().id();
        status = new ReindexStatus("running", status.total(), done, failed, status.startedAt(), null, null);
      }
      target.commit();
      target.awaitVisible();
      swap(target);
      status = new ReindexStatus("done", status.total(), done, failed, status.startedAt(), Instant.now(), null);
      LOG.infof("reindex done: %d documents into %s (%d failed)", done, target.path(), failed);
    } catch (Exception e) {
      LOG.error("reindex failed; the old index keeps serving", e);
      synchronized (this) {
        building = null;
      }
      try {
        target.rollback();
      } catch (IOException ignored) {
        // The half-built directory is abandoned either way.
      }
      status = new ReindexStatus("failed", status.total(), done, failed, status.startedAt(), Instant.now(), String.valueOf(e.getMessage()));
    }
  }

  private synchronized void swap(LuceneIndex fresh) throws IOException {
    LuceneIndex old = current;
    Files.writeString(root().resolve(CURRENT_FILE), fresh.path().getFileName().toString(), StandardCharsets.UTF_8);
    current = fresh;
    building = null;
    old.close();
    deleteTree(old.path());
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  void close(@Observes ShutdownEvent e) {
    rebuilder.shutdownNow();
    try {
      LuceneIndex b = building;
      if (b != null) b.rollback();
      current.close();
    } catch (IOException ex) {
      LOG.error("closing the index failed; the last commit is intact", ex);
    }
  }
}
