package verticalkb.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import verticalkb.briefing.Briefing.Reading;
import verticalkb.briefing.ReadingSelection.Choice;

class ReadingSelectionTest {

  private static Reading r(String id) {
    return new Reading(id, "Title " + id, null, null, null, null, null, false, null);
  }

  private static final Map<String, Reading> ELSEWHERE = Map.of("x", r("x"), "y", r("y"));

  private static List<String> ids(List<Reading> out) {
    return out.stream().map(Reading::id).toList();
  }

  private static List<Reading> select(List<Choice> choices, int limit) {
    return ReadingSelection.select(List.of(r("a"), r("b"), r("c"), r("d")), choices,
        id -> Optional.ofNullable(ELSEWHERE.get(id)), limit);
  }

  @Test
  void withoutCurationTheRankingIsCutAtTheLimit() {
    assertThat(ids(select(List.of(), 3))).containsExactly("a", "b", "c");
  }

  @Test
  void pinsComeFirstInPinOrderEvenFromOutsideTheRanking() {
    List<Reading> out = select(List.of(new Choice("c", true, 2L, false, null), new Choice("x", true, 1L, false, null)), 3);
    assertThat(ids(out)).containsExactly("x", "c", "a");
    assertThat(out.get(0).pinned()).isTrue();
    assertThat(out.get(2).pinned()).isFalse();
  }

  @Test
  void hiddenDocumentsAreLeftOutAndTheNextOneMovesUp() {
    assertThat(ids(select(List.of(new Choice("a", false, null, true, null)), 3))).containsExactly("b", "c", "d");
  }

  @Test
  void notesTravelWithTheirDocument() {
    List<Reading> out = select(List.of(new Choice("b", false, null, false, "Read this first")), 4);
    assertThat(out.get(1).note()).isEqualTo("Read this first");
    assertThat(out.get(0).note()).isNull();
  }

  @Test
  void aPinnedDocumentThatNoLongerExistsIsSkipped() {
    assertThat(ids(select(List.of(new Choice("gone", true, 1L, false, null)), 2))).containsExactly("a", "b");
  }
}
