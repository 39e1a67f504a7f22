package verticalkb.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import verticalkb.ProblemException;

class IsoWeeksTest {

  @ParameterizedTest
  @CsvSource({"2026-12-07, 2026-W49", "2026-12-03, 2026-W48", "2026-01-05, 2026-W01", "2027-01-04, 2026-W53"})
  void defaultWeekIsTheLastCompleteOne(LocalDate today, String expected) {
    assertThat(IsoWeeks.lastComplete(today)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-W00", "2025-W53", "2026-47", "W47", "2026-W4"})
  void weeksThatDoNotExistAreRefused(String week) {
    assertThatThrownBy(() -> IsoWeeks.parse("week", week)).isInstanceOf(ProblemException.class).hasMessageContaining("2026-W47");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-W01", "2026-W53", "2020-W53"})
  void existingWeeksAreAccepted(String week) {
    assertThat(IsoWeeks.parse("week", week)).isEqualTo(week);
  }

  @Test
  void weeksAreNamedTheWayTheBriefingsNameThem() {
    assertThat(IsoWeeks.parse("week", "2026w47")).isEqualTo("2026-W47");
  }
}
