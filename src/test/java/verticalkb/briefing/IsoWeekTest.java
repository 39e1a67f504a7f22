package verticalkb.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

  @ParameterizedTest
  @CsvSource({"2026-W47, 2026-11-16", "2026-W01, 2025-12-29", "2020-W53, 2020-12-28", "2033-W10, 2033-03-07", "2026-w47, 2026-11-16", "2026W47, 2026-11-16"})
  void aWeekStartsOnItsIsoMonday(String week, String monday) {
    assertThat(IsoWeek.parse(week)).get().extracting(IsoWeek::monday).isEqualTo(LocalDate.parse(monday));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-W60", "2026-W00", "2027-W53", "yesterday", "2026-47", "2026-W7", "", "2026-W47x"})
  void malformedOrImpossibleWeeksAreNotWeeks(String text) {
    assertThat(IsoWeek.parse(text)).isEmpty();
  }

  @Test
  void boundsAreMondayMidnightInTheZoneStartInclusiveEndExclusive() {
    IsoWeek w = IsoWeek.parse("2026-W47").orElseThrow();
    assertThat(w.start(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
    assertThat(w.end(ZoneOffset.UTC)).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    assertThat(w.start(ZoneId.of("Europe/Dublin"))).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
    assertThat(w.start(ZoneId.of("America/Chicago"))).isEqualTo(Instant.parse("2026-11-16T06:00:00Z"));
  }

  @Test
  void sundayLateBelongsToItsWeekAndMondayMidnightToTheNext() {
    assertThat(IsoWeek.of(Instant.parse("2026-11-22T23:59:59Z"), ZoneOffset.UTC)).hasToString("2026-W47");
    assertThat(IsoWeek.of(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC)).hasToString("2026-W48");
    // 23:30 UTC on Sunday is already Monday in Dublin's summer time, but not in November (GMT).
    assertThat(IsoWeek.of(Instant.parse("2026-06-21T23:30:00Z"), ZoneId.of("Europe/Dublin"))).hasToString("2026-W26");
  }

  @Test
  void weeksStepAcrossYearEnds() {
    // 2026 starts on a Thursday, so it has a week 53; 2027 has 52.
    assertThat(IsoWeek.parse("2026-W53").orElseThrow().plus(1)).hasToString("2027-W01");
    assertThat(IsoWeek.parse("2027-W52").orElseThrow().plus(1)).hasToString("2028-W01");
    assertThat(IsoWeek.parse("2021-W01").orElseThrow().plus(-1)).hasToString("2020-W53");
  }
}
