package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "Tuesday 12 March 2025, 14:00–16:00, Lisbon | 2025-03-12T14:00 | 2025-03-12T16:00",
      "March 12–14, 2025 | 2025-03-12T00:00 | 2025-03-14T00:00",
      "Mar 12, 2025 at 7pm | 2025-03-12T19:00 | null",
      "12. März 2025, 19 Uhr, Berlin | 2025-03-12T19:00 | null",
      "le 5 juin 2025 à 9h30 | 2025-06-05T09:30 | null",
      "12 de marzo de 2025, 18:30 | 2025-03-12T18:30 | null",
      "14 ottobre 2025 | 2025-10-14T00:00 | null",
      "3 september 2025 | 2025-09-03T00:00 | null",
      "2025-03-12 2–4pm | 2025-03-12T14:00 | 2025-03-12T16:00",
      "12.03.2025 | 2025-03-12T00:00 | null",
      "Doors open 12 people 2025 then 4 May 2026 | 2026-05-04T00:00 | null",
      "12 March, no year | null | null",
      "Founded in 2019 with 12 staff | null | null"})
  void readsListingDatesInSeveralLanguagesAsWallClockTimes(String text, String start, String end) {
    TextDates.WallClock w = TextDates.find(text);
    if (start == null) {
      assertThat(w).isNull();
      return;
    }
    assertThat(w.start()).isEqualTo(LocalDateTime.parse(start));
    assertThat(w.end()).isEqualTo(end == null ? null : LocalDateTime.parse(end));
  }
}
