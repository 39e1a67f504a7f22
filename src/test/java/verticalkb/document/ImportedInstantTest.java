package verticalkb.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImportedInstantTest {

  @Test
  void readsInstantsDatesLocalTimesAndFeedDates() {
    assertEquals(Instant.parse("2026-03-01T09:00:00Z"), ImportedInstant.parse("2026-03-01T09:00:00Z"));
    assertEquals(Instant.parse("2026-03-01T08:00:00Z"), ImportedInstant.parse("2026-03-01T09:00:00+01:00"));
    assertEquals(Instant.parse("2026-03-01T00:00:00Z"), ImportedInstant.parse("2026-03-01"));
    assertEquals(Instant.parse("2026-03-01T09:30:00Z"), ImportedInstant.parse("2026-03-01T09:30"));
    assertEquals(Instant.parse("2008-06-03T11:05:30Z"), ImportedInstant.parse("Tue, 3 Jun 2008 11:05:30 GMT"));
  }

  @Test
  void whatIsNotADateIsNull() {
    assertNull(ImportedInstant.parse("yesterday"));
    assertNull(ImportedInstant.parse("2026-13-45"));
    assertNull(ImportedInstant.parse("01/03/2026"));
  }
}
