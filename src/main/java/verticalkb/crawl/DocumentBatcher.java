package verticalkb.crawl;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;
import verticalkb.extract.ExtractionListener;
import verticalkb.extract.ExtractionListener.ExtractedPage;

/**
 * Stores the crawl's documents in batches from one thread ({@link Documents#upsert} once per batch, not once per
 * page), then hands each page whose documents were stored to every {@link ExtractionListener}, each on its own
 * {@link ListenerLane} (its own thread, whole batches at a time). A failing batch is retried page by page so one bad
 * document costs only its page; a throwing listener is logged and recorded, and the crawl goes on.
 * <p>Backpressure: a page counts as pending from {@link #add} until it is stored and every listener was told; while
 * more than twice {@code kb.crawl.batch-size} pages are pending, {@link #add} (a crawl worker) waits. That bounds the
 * heap held by extracted pages whatever the speed of the database or the listeners. At shutdown, documents are
 * stored but listener calls still queued are dropped (reprocessing from the archive replays them).
 */
@ApplicationScoped
public class DocumentBatcher {

  private static final Logger LOG = Logger.getLogger(DocumentBatcher.class);
  private static final long POLL_MILLIS = 50;
  private static final long FLUSH_WAIT_MINUTES = 30;
  /** Pending pages allowed per page of {@code kb.crawl.batch-size} before crawl workers wait. */
  private static final int PENDING_BATCHES = 2;

  /** Told when a page's documents could not be stored or a listener failed. */
  interface Problems {
    void report(String url, String reason);
  }

  /** A page's documents on their way; {@code untold} counts the listeners still to tell. */
  private record Item(List<KbDocument> docs, ExtractedPage page, Problems problems, CompletableFuture<Void> barrier,
      AtomicInteger untold, java.util.concurrent.atomic.AtomicBoolean released) {}

  private final Documents documents;
  private final List<ListenerLane> lanes = new ArrayList<>();
  private final int batchSize;
  private final int maxPending;
  private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  private final Object room = new Object();
  private int pending; // guarded by room
  private volatile boolean stopping;
  /** Shutdown observers run in ascending priority; the engine's (default, 2500) stops the workers before this. */
  static final int STOP_PRIORITY = 3000;

  DocumentBatcher(Documents documents, Instance<ExtractionListener> listeners, CrawlConfig config) {
    this.documents = documents;
    this.batchSize = config.batchSize();
    this.maxPending = PENDING_BATCHES * Math.max(1, batchSize);
    int n = 0;
    for (ExtractionListener l : listeners) {
      lanes.add(new ListenerLane(l, batchSize, job -> told(job), "crawl-listener-" + n++));
    }
    Thread.ofPlatform().name("crawl-document-writer").daemon().start(this::loop);
  }

  /** After the engine stopped (its observer runs first): the last writes, then no more. */
  void onStop(@jakarta.enterprise.event.Observes @jakarta.annotation.Priority(STOP_PRIORITY) io.quarkus.runtime.ShutdownEvent event) {
    stop();
  }

  @PreDestroy
  synchronized void stop() {
    if (stopping) return;
    flush(false);
    stopping = true;
    drainNow();
    int dropped = 0;
    for (ListenerLane lane : lanes) dropped += lane.stop();
    if (dropped > 0) LOG.warnf("documents: %d listener calls dropped at shutdown; POST /api/reprocess replays them", dropped);
    synchronized (room) {
      room.notifyAll();
    }
  }

  private synchronized void drainNow() {
    List<Item> items = new ArrayList<>();
    queue.drainTo(items);
    try {
      if (!items.isEmpty()) store(items);
    } catch (RuntimeException e) {
      LOG.warnf("documents: %d pages not stored at shutdown (%s); reprocess from the archive restores them", items.size(), e.getMessage());
    } finally {
      for (Item i : items) if (i.barrier != null) i.barrier.complete(null);
    }
  }

  /** Queues a page's documents; waits while too many pages are pending (see the class comment). */
  void add(List<KbDocument> docs, ExtractedPage page, Problems problems) {
    synchronized (room) {
      try {
        while (pending >= maxPending && !stopping) room.wait(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // a stop: the page is queued all the same, so that it is not lost
      }
      pending++;
    }
    queue.add(new Item(docs, page, problems, null, new AtomicInteger(), new java.util.concurrent.atomic.AtomicBoolean()));
  }

  /** Pages added and not yet stored and told to every listener. */
  int pending() {
    synchronized (room) {
      return pending;
    }
  }

  private void release(Item i) {
    if (i.barrier != null || !i.released.compareAndSet(false, true)) return;
    synchronized (room) {
      pending--;
      room.notifyAll();
    }
  }

  private void told(ListenerLane.Job job) {
    Item i = ((TaggedProblems) job.problems()).item;
    if (i.untold.decrementAndGet() == 0) release(i);
  }

  /** Waits until every page added before this call is stored and its listeners told. */
  void flush() {
    flush(true);
  }

  /** Waits until every page added before this call is stored; with {@code listeners}, until they were told too. */
  void flush(boolean listeners) {
    if (stopping) {
      drainNow(); // the writer thread is gone (shutdown order): store on the caller's thread
      return;
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    queue.add(new Item(List.of(), null, null, done, new AtomicInteger(), new java.util.concurrent.atomic.AtomicBoolean()));
    try {
      done.get(FLUSH_WAIT_MINUTES, TimeUnit.MINUTES);
      if (!listeners) return;
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(FLUSH_WAIT_MINUTES);
      synchronized (room) {
        while (pending > 0 && !stopping && System.nanoTime() < deadline) room.wait(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("document writer did not flush: " + e.getMessage(), e);
    }
  }

  private void loop() {
    List<Item> items = new ArrayList<>();
    while (!stopping) {
      try {
        Item first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        items.add(first);
        queue.drainTo(items, batchSize);
        store(items);
      } catch (InterruptedException e) {
        if (stopping) return;
      } catch (RuntimeException e) {
        LOG.errorf(e, "documents: a batch of %d pages failed", items.size());
        for (Item i : items) if (i.untold.get() == 0) release(i); // not handed to the lanes: no longer pending
      } finally {
        for (Item i : items) if (i.barrier != null) i.barrier.complete(null);
        items.clear();
      }
    }
  }

  private void store(List<Item> items) {
    Map<String, KbDocument> byId = new LinkedHashMap<>();
    for (Item i : items) for (KbDocument d : i.docs) byId.put(d.id(), d);
    Set<Item> stored = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    try {
      if (!byId.isEmpty()) documents.upsert(List.copyOf(byId.values()));
      stored.addAll(items);
    } catch (RuntimeException batchFailed) {
      for (Item i : items) {
        if (i.docs.isEmpty()) continue;
        try {
          documents.upsert(i.docs);
          stored.add(i);
        } catch (RuntimeException e) {
          String url = i.page == null ? i.docs.get(0).url() : i.page.url().toString();
          LOG.warnf("documents: cannot store %s: %s", url, e.getMessage());
          if (i.problems != null) i.problems.report(url, "documents not stored: " + e.getMessage());
        }
      }
    }
    for (Item i : items) {
      boolean tell = stored.contains(i) && i.page != null && !i.page.documentIds().isEmpty() && !lanes.isEmpty() && !stopping;
      if (!tell) {
        release(i);
        continue;
      }
      i.untold.set(lanes.size());
      for (ListenerLane lane : lanes) lane.add(new ListenerLane.Job(i.page, new TaggedProblems(i)));
    }
  }

  /** A page's problem sink that also knows its item, so that a lane's "done" can release it. */
  private static final class TaggedProblems implements Problems {
    final Item item;

    TaggedProblems(Item item) {
      this.item = item;
    }

    @Override
    public void report(String url, String reason) {
      if (item.problems != null) item.problems.report(url, reason);
    }
  }
}
