package verticalkb.bench;

import java.lang.reflect.Method;
import java.util.Locale;

/**
 * Runs one benchmark by name: {@code ./mvnw -Pbench verify -Dbench=crawl} calls {@code verticalkb.bench.CrawlBench}.
 * Each benchmark prints its figures and writes them with {@link BenchReport} to {@code target/bench/<name>.json}.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || args[0].isBlank() || args[0].equals("all")) {
      throw new IllegalArgumentException("name a benchmark: -Dbench=<name>, for example -Dbench=crawl (see README, Benchmarks)");
    }
    for (String name : args[0].split(",")) {
      String cls = Benchmarks.class.getPackageName() + "." + Character.toUpperCase(name.charAt(0))
          + name.substring(1).toLowerCase(Locale.ROOT) + "Bench";
      Class<?> c;
      try {
        c = Class.forName(cls);
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException("no benchmark named '" + name + "' (looked for " + cls + "); see README, Benchmarks");
      }
      Method main = c.getMethod("main", String[].class);
      String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
      main.invoke(null, (Object) rest);
    }
  }
}
