package verticalkb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Reads the dates and times people and other systems write, in query parameters and imported documents alike: a
 * day ({@code 2026-03-01}), an instant with a zone or offset ({@code 2026-03-01T09:00:00Z},
 * {@code 2026-03-01T10:00:00+01:00}), a local date-time (taken as UTC) or an RFC 1123 date as in feeds and HTTP headers.
 */
public final class TimeInput {

  /** The forms to show a person whose value could not be read. */
  public static final String FORMS = "2026-03-01 or 2026-03-01T09:00:00Z (an offset such as +01:00 instead of Z works too)";

  /**
   * An offset whose '+' a query string turned into a space ({@code from=2026-03-01T09:00:00+01:00} typed into a URL
   * arrives as {@code "2026-03-01T09:00:00 01:00"}): the space is read as the '+' that was meant.
   */
  private static final Pattern DECODED_PLUS_OFFSET = Pattern.compile("(T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?) (\\d{2}:\\d{2})$");

  private TimeInput() {}

  /** A {@link LocalDate} for a plain day, an {@link Instant} for any other accepted form, or null if it is neither. */
  public static Temporal parse(String text) {
    if (text == null) return null;
    String s = DECODED_PLUS_OFFSET.matcher(text.strip()).replaceFirst("$1+$2");
    if (s.isEmpty()) return null;
    try {
      if (s.length() == "yyyy-MM-dd".length()) return LocalDate.parse(s);
      if (Character.isLetter(s.charAt(0))) return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
      return t instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The instant {@code text} names, a plain day being the start of that day in UTC; null if it is not a date. */
  public static Instant instant(String text) {
    Temporal t = parse(text);
    return t instanceof LocalDate d ? startOfDay(d) : (Instant) t;
  }

  /** The first instant of {@code day} in UTC. */
  public static Instant startOfDay(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The last millisecond of {@code day} in UTC: the inclusive end of a range that names a whole day. */
  public static Instant endOfDay(LocalDate day) {
    return startOfDay(day.plusDays(1)).minusMillis(1);
  }
}
