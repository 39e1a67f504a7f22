package verticalkb.crawl;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;
import verticalkb.extract.ExtractionListener;
import verticalkb.extract.ExtractionListener.ExtractedPage;

/**
 * Stores the crawl's documents in batches from one thread ({@link Documents#upsert} once per batch, not once per
 * page), then tells every {@link ExtractionListener} of each page whose documents were stored, on a pool of
 * {@code kb.crawl.workers} threads (listeners may be slow; a full pool makes the store thread wait, which bounds
 * memory). A failing batch is retried page by page so one bad document costs only its page; a throwing listener is
 * logged and recorded, and the crawl goes on. At shutdown, documents are stored but listener calls still queued are
 * dropped (reprocessing from the archive replays them).
 */
@ApplicationScoped
public class DocumentBatcher {

  private static final Logger LOG = Logger.getLogger(DocumentBatcher.class);
  private static final long POLL_MILLIS = 50;
  private static final long POLL_LISTENERS_MILLIS = 10;
  private static final long FLUSH_WAIT_MINUTES = 30;

  /** Told when a page's documents could not be stored or a listener failed. */
  interface Problems {
    void report(String url, String reason);
  }

  private record Item(List<KbDocument> docs, ExtractedPage page, Problems problems, CompletableFuture<Void> barrier) {}

  private final Documents documents;
  private final Instance<ExtractionListener> listeners;
  private final int batchSize;
  private final BlockingQueue<Item> queue = new LinkedBlockingQueue<>();
  private final java.util.concurrent.ThreadPoolExecutor listenerPool;
  private final java.util.concurrent.atomic.AtomicLong listenerCalls = new java.util.concurrent.atomic.AtomicLong();
  private volatile boolean stopping;
  /** Shutdown observers run in ascending priority; the engine's (default, 2500) stops the workers before this. */
  static final int STOP_PRIORITY = 3000;

  DocumentBatcher(Documents documents, Instance<ExtractionListener> listeners, CrawlConfig config) {
    this.documents = documents;
    this.listeners = listeners;
    this.batchSize = config.batchSize();
    int threads = Math.max(1, config.workers());
    this.listenerPool = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new java.util.concurrent.ArrayBlockingQueue<>(batchSize * 2), Thread.ofPlatform().name("crawl-listener-", 0).daemon().factory(),
        new java.util.concurrent.ThreadPoolExecutor.CallerRunsPolicy());
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
    int dropped = listenerPool.shutdownNow().size();
    if (dropped > 0) LOG.warnf("documents: %d pages not told to the extraction listeners at shutdown; POST /api/reprocess replays them", dropped);
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

  void add(List<KbDocument> docs, ExtractedPage page, Problems problems) {
    queue.add(new Item(docs, page, problems, null));
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
    queue.add(new Item(List.of(), null, null, done));
    try {
      done.get(FLUSH_WAIT_MINUTES, TimeUnit.MINUTES);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(FLUSH_WAIT_MINUTES);
      while (listeners && listenerCalls.get() > 0 && System.nanoTime() < deadline) Thread.sleep(POLL_LISTENERS_MILLIS);
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
      } finally {
        for (Item i : items) if (i.barrier != null) i.barrier.complete(null);
        items.clear();
      }
    }
  }

  private void store(List<Item> items) {
    Map<String, KbDocument> byId = new LinkedHashMap<>();
    for (Item i : items) for (KbDocument d : i.docs) byId.put(d.id(), d);
    List<Item> stored = new ArrayList<>();
    try {
      documents.upsert(List.copyOf(byId.values()));
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
    for (Item i : stored) {
      if (i.page == null || i.page.documentIds().isEmpty()) continue;
      listenerCalls.incrementAndGet();
      try {
        listenerPool.execute(() -> tell(i));
      } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
        listenerCalls.decrementAndGet();
      }
    }
  }

  private void tell(Item i) {
    try {
      for (ExtractionListener l : listeners) {
        try {
          l.extracted(i.page);
        } catch (RuntimeException e) {
          LOG.warnf(e, "documents: listener %s failed on %s", l.getClass().getName(), i.page.url());
          if (i.problems != null) i.problems.report(i.page.url().toString(), "listener " + l.getClass().getSimpleName() + " failed: " + e);
        }
      }
    } finally {
      listenerCalls.decrementAndGet();
    }
  }
}
