package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import verticalkb.extract.ExtractionListener;
import verticalkb.extract.ExtractionListener.ExtractedPage;

class ListenerLaneTest {

  static ExtractedPage page(String path) {
    return new ExtractedPage("s", "v", 1, URI.create("https://e.org/" + path), Instant.now(), List.of("doc-" + path), null);
  }

  /** Records batches; fails every batch holding the page "bad", and that page alone too. */
  static final class Recording implements ExtractionListener {
    final List<List<String>> batches = new CopyOnWriteArrayList<>();
    final List<String> single = new CopyOnWriteArrayList<>();
    final CountDownLatch firstBatchStarted = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public void extracted(ExtractedPage page) {
      if (page.url().getPath().endsWith("bad")) throw new IllegalStateException("bad page");
      single.add(page.url().getPath());
    }

    @Override
    public void extractedAll(List<ExtractedPage> pages) {
      firstBatchStarted.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      List<String> paths = pages.stream().map(p -> p.url().getPath()).toList();
      if (paths.contains("/bad")) throw new IllegalStateException("batch with a bad page");
      batches.add(paths);
    }
  }

  @Test
  void pagesQueuedWhileTheListenerWorksAreToldAsOneBatch() throws Exception {
    Recording l = new Recording();
    List<String> done = Collections.synchronizedList(new ArrayList<>());
    ListenerLane lane = new ListenerLane(l, 100, j -> done.add(j.page().url().getPath()), "test-lane");
    lane.add(new ListenerLane.Job(page("1"), null));
    assertThat(l.firstBatchStarted.await(5, TimeUnit.SECONDS)).isTrue();
    for (int i = 2; i <= 5; i++) lane.add(new ListenerLane.Job(page(String.valueOf(i)), null));
    l.release.countDown();
    waitFor(() -> done.size() == 5);
    assertThat(l.batches).containsExactly(List.of("/1"), List.of("/2", "/3", "/4", "/5"));
    lane.stop();
  }

  @Test
  void aFailingBatchIsRetriedPageByPageAndOnlyTheBadPageIsReported() throws Exception {
    Recording l = new Recording();
    l.release.countDown();
    List<String> problems = new CopyOnWriteArrayList<>();
    List<String> done = new CopyOnWriteArrayList<>();
    ListenerLane lane = new ListenerLane(l, 100, j -> done.add(j.page().url().getPath()), "test-lane");
    DocumentBatcher.Problems sink = (url, reason) -> problems.add(url);
    // Queue all three before the lane looks, so that they form one batch most of the time; either way none is lost.
    lane.add(new ListenerLane.Job(page("good1"), sink));
    lane.add(new ListenerLane.Job(page("bad"), sink));
    lane.add(new ListenerLane.Job(page("good2"), sink));
    waitFor(() -> done.size() == 3);
    List<String> told = new ArrayList<>(l.single);
    l.batches.forEach(told::addAll);
    assertThat(told).containsExactlyInAnyOrder("/good1", "/good2");
    assertThat(problems).containsExactly("https://e.org/bad");
    lane.stop();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) Thread.sleep(10);
    assertThat(condition.getAsBoolean()).isTrue();
  }
}
