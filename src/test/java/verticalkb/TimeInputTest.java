package verticalkb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeInputTest {

  @Test
  void readsInstantsDatesLocalTimesAndFeedDates() {
    assertEquals(Instant.parse("2026-03-01T09:00:00Z"), TimeInput.instant("2026-03-01T09:00:00Z"));
    assertEquals(Instant.parse("2026-03-01T08:00:00Z"), TimeInput.instant("2026-03-01T09:00:00+01:00"));
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), TimeInput.instant("2026-03-01"));
    assertEquals(Instant.parse("2026-03-01T09:30:00Z"), TimeInput.instant("2026-03-01T09:30"));
    assertEquals(Instant.parse("2008-06-03T11:05:30Z"), TimeInput.instant("Tue, 3 Jun 2008 11:05:30 GMT"));
  }

  @Test
  void aPlainDayStaysADaySoThatCallersDecideWhichEndOfItTheyMean() {
    assertEquals(LocalDate.of(2026, 3, 1), TimeInput.parse(" 2026-03-01 "));
    assertEquals(Instant.parse("2026-03-01T23:59:59.999Z"), TimeInput.endOfDay(LocalDate.of(2026, 3, 1)));
  }

  @Test
  void anOffsetWhosePlusAQueryStringDecodedToASpaceIsReadAsMeant() {
    assertEquals(Instant.parse("2026-03-01T08:00:00Z"), TimeInput.instant("2026-03-01T09:00:00 01:00"));
    assertEquals(Instant.parse("2026-03-01T08:00:00Z"), TimeInput.instant("2026-03-01T09:00 01:00"));
  }

  @Test
  void whatIsNotADateIsNull() {
    assertNull(TimeInput.parse("yesterday"));
    assertNull(TimeInput.parse("2026-13-45"));
    assertNull(TimeInput.parse("01/03/2026"));
    assertNull(TimeInput.parse("   "));
    assertNull(TimeInput.parse(null));
  }
}
