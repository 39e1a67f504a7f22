package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The search gate: at most its number of searches run at once, the others wait their turn or get a 503. */
class SearchGateTest {

  private static final Duration LONG_WAIT = Duration.ofSeconds(30);
  private static final Duration RETRY = Duration.ofSeconds(2);

  @Test
  void everyQueuedSearchIsAnsweredAndNoMoreThanTheLimitRunAtOnce() throws Exception {
    SearchGate gate = new SearchGate(2, LONG_WAIT, RETRY);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int request = i;
        answers.add(clients.submit(() -> gate.run(() -> {
          mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
          Thread.yield();
          running.decrementAndGet();
          return request;
        })));
      }
      for (int i = 0; i < answers.size(); i++) assertThat(answers.get(i).get()).isEqualTo(i);
    } finally {
      clients.shutdownNow();
    }
    assertThat(mostAtOnce.get()).isBetween(1, 2);
  }

  @Test
  void aSearchWaitingPastTheLimitIsRefusedWithA503ThatSaysWhenToRetry() throws Exception {
    SearchGate gate = new SearchGate(1, Duration.ofMillis(50), RETRY);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = Thread.ofPlatform().start(() -> gate.run(() -> {
      holding.countDown();
      awaitQuietly(release);
      return null;
    }));
    try {
      assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> gate.run(() -> "never")).isInstanceOfSatisfying(SearchGate.Busy.class, busy -> {
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.retryAfterSeconds()).isEqualTo(RETRY.toSeconds());
        assertThat(busy.getMessage()).contains("busy").contains("Retry");
      });
    } finally {
      release.countDown();
      holder.join();
    }
    assertThat(gate.run(() -> "answered")).isEqualTo("answered");
  }

  @Test
  void aFailingSearchGivesItsTurnBack() {
    SearchGate gate = new SearchGate(1, Duration.ofMillis(50), RETRY);
    assertThatThrownBy(() -> gate.run(() -> {
      throw new IllegalStateException("broken");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(gate.run(() -> "next")).isEqualTo("next");
  }

  @Test
  void waitingSearchesGetTheirTurnInArrivalOrder() throws Exception {
    SearchGate gate = new SearchGate(1, LONG_WAIT, RETRY);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread holder = Thread.ofPlatform().start(() -> gate.run(() -> {
      holding.countDown();
      awaitQuietly(release);
      return null;
    }));
    assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    List<Thread> waiting = new ArrayList<>();
    for (String name : List.of("first", "second", "third")) {
      waiting.add(Thread.ofPlatform().start(() -> gate.run(() -> order.add(name))));
      // The next one arrives only once this one is queued, so arrival order is known.
      while (gate.waiting() < waiting.size()) Thread.onSpinWait();
    }
    release.countDown();
    holder.join();
    for (Thread t : waiting) t.join();
    assertThat(order).containsExactly("first", "second", "third");
  }

  @Test
  void anUnboundedGateRunsEverySearchAtOnce() throws Exception {
    SearchGate gate = SearchGate.unbounded();
    CountDownLatch allIn = new CountDownLatch(8);
    List<Thread> searches = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      searches.add(Thread.ofPlatform().start(() -> gate.run(() -> {
        allIn.countDown();
        // Returns only once all eight are inside the gate together.
        awaitQuietly(allIn);
        return null;
      })));
    }
    for (Thread t : searches) t.join();
    assertThat(allIn.getCount()).isZero();
  }

  @Test
  void aGateNeedsAtLeastOneTurn() {
    assertThatThrownBy(() -> new SearchGate(0, LONG_WAIT, RETRY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kb.search.max-concurrent");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
