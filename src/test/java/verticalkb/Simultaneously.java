package verticalkb;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;

/** Races for the tests that pin what happens when requests arrive at the same moment. */
public final class Simultaneously {

  private Simultaneously() {}

  /** Sends {@code n} copies of {@code request} from n threads released together; answers their HTTP statuses. */
  public static List<Integer> statuses(int n, IntSupplier request) throws Exception {
    CyclicBarrier start = new CyclicBarrier(n);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Integer>> answers = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return request.getAsInt();
        }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> answer : answers) statuses.add(answer.get());
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }
}
