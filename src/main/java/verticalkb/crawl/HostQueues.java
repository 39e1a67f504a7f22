package verticalkb.crawl;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The in-memory side of politeness: one queue per origin, at most one request in flight per origin, and no new
 * request to an origin before its delay has passed; origins are served in parallel. Workers {@link #take} a task
 * (which marks its origin busy) and {@link #release} the origin with the delay to wait before the next request.
 * Thread-safe.
 */
final class HostQueues {

  private static final class Host {
    final ArrayDeque<Task> queue = new ArrayDeque<>();
    long readyAt;
    boolean busy;
  }

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final Map<String, Host> hosts = new HashMap<>();
  private int size;

  void add(String origin, Task t) {
    lock.lock();
    try {
      hosts.computeIfAbsent(origin, o -> new Host()).queue.addLast(t);
      size++;
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  /** Puts a task back at the head of its origin's queue (robots.txt was fetched first). */
  void addFirst(String origin, Task t) {
    lock.lock();
    try {
      hosts.computeIfAbsent(origin, o -> new Host()).queue.addFirst(t);
      size++;
      changed.signal();
    } finally {
      lock.unlock();
    }
  }

  /** The next task whose origin is idle and past its delay, waiting at most {@code timeoutMillis}; null if none. */
  Task take(long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    lock.lock();
    try {
      while (true) {
        long now = System.nanoTime();
        long wait = deadline - now;
        Map.Entry<String, Host> best = null;
        for (Map.Entry<String, Host> e : hosts.entrySet()) {
          Host h = e.getValue();
          if (h.busy || h.queue.isEmpty()) continue;
          if (h.readyAt - now <= 0) {
            if (best == null || h.readyAt - best.getValue().readyAt < 0) best = e;
          } else {
            wait = Math.min(wait, h.readyAt - now);
          }
        }
        if (best != null) {
          Host h = best.getValue();
          h.busy = true;
          size--;
          return h.queue.pollFirst();
        }
        if (deadline - now <= 0) return null;
        changed.awaitNanos(Math.max(wait, 1));
      }
    } finally {
      lock.unlock();
    }
  }

  /** The origin is free again; its next request waits {@code delayNanos}. */
  void release(String origin, long delayNanos) {
    lock.lock();
    try {
      Host h = hosts.computeIfAbsent(origin, o -> new Host());
      h.busy = false;
      h.readyAt = System.nanoTime() + delayNanos;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Drops every queued task of the run; answers how many. */
  int removeRun(RunState run) {
    lock.lock();
    try {
      int removed = 0;
      for (Host h : hosts.values()) {
        int before = h.queue.size();
        h.queue.removeIf(t -> t.run() == run);
        removed += before - h.queue.size();
      }
      size -= removed;
      return removed;
    } finally {
      lock.unlock();
    }
  }

  /** Drops the queued tasks of one source of a run; answers how many. */
  int removeSource(RunState run, String sourceId) {
    lock.lock();
    try {
      int removed = 0;
      for (Host h : hosts.values()) {
        int before = h.queue.size();
        h.queue.removeIf(t -> t.run() == run && t.sourceId().equals(sourceId));
        removed += before - h.queue.size();
      }
      size -= removed;
      return removed;
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return size;
    } finally {
      lock.unlock();
    }
  }
}
