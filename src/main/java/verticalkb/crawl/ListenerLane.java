package verticalkb.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import verticalkb.extract.ExtractionListener;
import verticalkb.extract.ExtractionListener.ExtractedPage;

/**
 * One {@link ExtractionListener}'s queue and thread: stored pages wait here, and whatever queued up while the
 * listener worked is its next batch ({@link ExtractionListener#extractedAll}), so a slow listener works on bigger
 * batches instead of falling further behind. A failing batch is retried page by page, so one bad page costs only
 * itself; every page handed in is passed to {@code done} once, told or not.
 */
final class ListenerLane {

  private static final Logger LOG = Logger.getLogger(ListenerLane.class);
  private static final long POLL_MILLIS = 50;

  /** A page to tell, with where its problems go. */
  record Job(ExtractedPage page, DocumentBatcher.Problems problems) {}

  private final ExtractionListener listener;
  private final int maxBatch;
  private final Consumer<Job> done;
  private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean stopping;

  ListenerLane(ExtractionListener listener, int maxBatch, Consumer<Job> done, String name) {
    this.listener = listener;
    this.maxBatch = maxBatch;
    this.done = done;
    this.thread = Thread.ofPlatform().name(name).daemon().start(this::loop);
  }

  void add(Job job) {
    queue.add(job);
  }

  /** Stops the thread; answers how many pages were still waiting (they are dropped: reprocessing replays them). */
  int stop() {
    stopping = true;
    thread.interrupt();
    List<Job> left = new ArrayList<>();
    queue.drainTo(left);
    for (Job j : left) done.accept(j);
    return left.size();
  }

  private void loop() {
    List<Job> batch = new ArrayList<>();
    while (!stopping) {
      try {
        Job first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
        if (first == null) continue;
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        tell(batch);
      } catch (InterruptedException e) {
        if (stopping) break;
      } finally {
        for (Job j : batch) done.accept(j);
        batch.clear();
      }
    }
  }

  private void tell(List<Job> batch) {
    try {
      listener.extractedAll(batch.stream().map(Job::page).toList());
    } catch (RuntimeException batchFailed) {
      LOG.warnf("documents: listener %s failed on a batch of %d pages (%s); telling them one by one", name(), batch.size(),
          batchFailed.toString());
      for (Job j : batch) {
        try {
          listener.extracted(j.page());
        } catch (RuntimeException e) {
          LOG.warnf(e, "documents: listener %s failed on %s", name(), j.page().url());
          if (j.problems() != null) j.problems().report(j.page().url().toString(), "listener " + name() + " failed: " + e);
        }
      }
    }
  }

  private String name() {
    return listener.getClass().getSimpleName();
  }
}
