package verticalkb.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import verticalkb.briefing.Briefing.Trend;

class TopicTrendsTest {

  @Test
  void eachTopicIsComparedWithTheAverageOfTheWeeksBefore() {
    List<Trend> t = TopicTrends.of(Map.of("ai", 5L, "telehealth", 2L),
        List.of(Map.of("ai", 1L, "telehealth", 4L), Map.of("ai", 2L)), id -> id.toUpperCase(), 10);
    assertThat(t).containsExactly(new Trend("ai", "AI", 5, 1.5, 3.5), new Trend("telehealth", "TELEHEALTH", 2, 2.0, 0.0));
  }

  @Test
  void equalCountsRankTheBiggerRiseFirstAndTheLimitCuts() {
    List<Trend> t = TopicTrends.of(Map.of("a", 3L, "b", 3L, "c", 1L), List.of(Map.of("a", 3L)), id -> id, 2);
    assertThat(t).extracting(Trend::topic).containsExactly("b", "a");
  }

  @Test
  void topicsAbsentThisWeekAreNotOnTheAgenda() {
    assertThat(TopicTrends.of(Map.of("a", 0L), List.of(Map.of("b", 4L)), id -> id, 5)).isEmpty();
  }

  @Test
  void withoutEarlierWeeksTheWholeCountIsTheChange() {
    assertThat(TopicTrends.of(Map.of("a", 2L), List.of(), id -> id, 5)).containsExactly(new Trend("a", "a", 2, 0, 2));
  }
}
