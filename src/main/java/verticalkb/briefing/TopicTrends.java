package verticalkb.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import verticalkb.briefing.Briefing.Trend;

/** The agenda: how often each topic came up this week against the average of the weeks before. Pure and thread-safe. */
final class TopicTrends {

  private TopicTrends() {}

  /**
   * The topics of {@code week} (count above zero), the most discussed first, ties broken by the larger rise and then by
   * id. {@code previous} holds one count map per earlier week (a topic absent from a map counted zero that week).
   */
  static List<Trend> of(Map<String, Long> week, List<Map<String, Long>> previous, Function<String, String> names, int limit) {
    List<Trend> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : week.entrySet()) {
      if (e.getValue() == null || e.getValue() <= 0) continue;
      double sum = 0;
      for (Map<String, Long> p : previous) sum += p.getOrDefault(e.getKey(), 0L);
      double average = previous.isEmpty() ? 0 : round(sum / previous.size());
      out.add(new Trend(e.getKey(), names.apply(e.getKey()), e.getValue(), average, round(e.getValue() - average)));
    }
    out.sort(Comparator.comparingLong(Trend::count).reversed().thenComparing(Comparator.comparingDouble(Trend::change).reversed())
        .thenComparing(Trend::topic));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  /** Two decimals are enough for a person and keep the JSON stable. */
  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
