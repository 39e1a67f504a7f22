package verticalkb.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where another process's CPU time goes, by thread kind (JIT compilers, GC, Lucene merges, crawl workers…), read from
 * Linux's {@code /proc/<pid>/task/*}. Sampled periodically because threads come and go (a Lucene merge thread lives for
 * one merge): a thread's last sample counts. Time of threads that ended between two samples shows as "unattributed".
 * On a system without {@code /proc} it reports nothing.
 */
final class ThreadCpu implements Runnable {

  /** The kernel reports thread times in USER_HZ ticks, 100 a second on Linux's ABI whatever the kernel's HZ. */
  private static final double MS_PER_TICK = 10.0;
  /** How often the threads are read: short enough to catch most merge threads before they end. */
  private static final long SAMPLE_MILLIS = 250;
  /** utime and stime: fields 14 and 15 of stat, i.e. 12 and 13 after the ")" that ends the command name. */
  private static final int UTIME_AFTER_COMM = 11;

  private final Path tasks;
  private final Map<String, Long> baseline = new HashMap<>();
  private final Map<String, Long> latest = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  volatile boolean stop;

  ThreadCpu(long pid) {
    this.tasks = Path.of("/proc", Long.toString(pid), "task");
  }

  /** Records the threads' times so far as the zero point. */
  void start() {
    read(baseline);
  }

  @Override
  public void run() {
    while (!stop) {
      read(latest);
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  /** Milliseconds of CPU per thread kind since {@link #start}, largest first, plus what ended threads used. */
  Map<String, Double> perKind(double processCpuMs, long pages) {
    read(latest);
    Map<String, Double> ms = new TreeMap<>();
    double attributed = 0;
    for (Map.Entry<String, Long> e : latest.entrySet()) {
      double used = (e.getValue() - baseline.getOrDefault(e.getKey(), 0L)) * MS_PER_TICK;
      ms.merge(kind(names.get(e.getKey())), used, Double::sum);
      attributed += used;
    }
    ms.put("unattributed (threads that ended between samples)", Math.max(0, processCpuMs - attributed));
    Map<String, Double> out = new LinkedHashMap<>();
    ms.entrySet().stream().filter(e -> e.getValue() > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), Math.round(e.getValue() / Math.max(1, pages) * 100) / 100.0));
    return out;
  }

  /**
   * A thread's kind: its name without its numbers ("crawl-worker-3" and "crawl-worker-0" are one kind), keeping those
   * that name a kind ("C1 CompilerThread0" and "C2 CompilerThread0" are not). Linux cuts names at 15 characters.
   */
  static String kind(String name) {
    if (name == null) return "?";
    return name.replaceAll("(?<=[-#\\s])[0-9]+|(?<=Thread)[0-9]+", "N").strip();
  }

  private void read(Map<String, Long> into) {
    if (!Files.isDirectory(tasks)) return;
    try (Stream<Path> s = Files.list(tasks)) {
      s.forEach(t -> {
        try {
          String stat = Files.readString(t.resolve("stat"), StandardCharsets.US_ASCII);
          String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          String tid = t.getFileName().toString();
          into.put(tid, Long.parseLong(f[UTIME_AFTER_COMM]) + Long.parseLong(f[UTIME_AFTER_COMM + 1]));
          // Read at every sample, not once: a new thread carries its creator's name until it has set its own, so
          // a first read can name a listener thread "crawl-worker" or a worker "executor-thread".
          String name = comm(t);
          if (!name.equals("?")) names.put(tid, name);
        } catch (IOException | RuntimeException gone) {
          // the thread ended while being read: its last sample stands
        }
      });
    } catch (IOException gone) {
      // the process ended
    }
  }

  private static String comm(Path task) {
    try {
      return Files.readString(task.resolve("comm"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "?";
    }
  }
}
