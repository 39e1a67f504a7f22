package verticalkb.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages and feeds write (ISO-8601 with or without zone, RFC 822/1123, "2024-03-05 14:00", compact
 * "20240305T140000Z") into instants. A date without a zone is read in the zone given, else UTC. Anything else is
 * {@code null}: an unreadable date is a missing date, never an error.
 */
final class Dates {

  /** Longest string worth trying: real dates are short, and this bounds the regex work on hostile input. */
  private static final int MAX_LENGTH = 64;
  /** Years outside this range are typos or placeholders ("0001-01-01"), not publication or event dates. */
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2200;

  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(Z)?)?");
  private static final Pattern ISO_LOOSE = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?\\s*(Z|UTC|GMT|[+-]\\d{2}:?\\d{2}|[+-]\\d{2})?");
  private static final Pattern DAY_FIRST_NUMERIC = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
  private static final List<DateTimeFormatter> TEXTUAL = List.of(
      DateTimeFormatter.RFC_1123_DATE_TIME,
      lenient("EEE, d MMM yyyy HH:mm[:ss] [z][Z][X]"),
      lenient("d MMM yyyy HH:mm[:ss] [z][Z][X]"),
      lenient("EEE, d MMM yyyy"),
      lenient("MMMM d, yyyy[ h:mm a][ HH:mm]"),
      lenient("MMM d, yyyy[ h:mm a][ HH:mm]"),
      lenient("d MMMM yyyy[ HH:mm]"),
      lenient("d MMM yyyy"),
      lenient("EEEE, MMMM d, yyyy"),
      lenient("EEE MMM d HH:mm:ss z yyyy"));

  private Dates() {}

  private static DateTimeFormatter lenient(String pattern) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().parseLenient().appendPattern(pattern)
        .toFormatter(Locale.ENGLISH);
  }

  /** The instant the text names, reading zone-less times in UTC; null when it is not a date. */
  static Instant parse(String text) {
    return parse(text, ZoneOffset.UTC);
  }

  /** The instant the text names, reading zone-less times in {@code zone}; null when it is not a date. */
  static Instant parse(String text, ZoneId zone) {
    if (text == null) return null;
    String s = text.strip();
    if (s.isEmpty() || s.length() > MAX_LENGTH) return null;
    Instant result = null;
    try {
      result = iso(s, zone);
      if (result == null) result = textual(s.replaceAll("\\s+", " "), zone);
    } catch (DateTimeException | ArithmeticException e) {
      result = null;
    }
    return plausible(result) ? result : null;
  }

  /** Whether the text carries an explicit offset or zone, so that callers know a given zone was not needed. */
  static boolean hasZone(String text) {
    return text != null && Pattern.compile("(Z|[+-]\\d{2}:?\\d{2}|GMT|UTC)\\s*$").matcher(text.strip()).find();
  }

  private static boolean plausible(Instant i) {
    if (i == null) return false;
    int year = i.atZone(ZoneOffset.UTC).getYear();
    return year >= MIN_YEAR && year <= MAX_YEAR;
  }

  private static Instant iso(String s, ZoneId zone) {
    try {
      return OffsetDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // not strict ISO with offset: try the looser forms
    }
    try {
      return ZonedDateTime.parse(s).toInstant();
    } catch (DateTimeParseException ignored) {
      // not ISO with a region zone
    }
    Matcher m = ISO_LOOSE.matcher(s);
    if (m.matches()) {
      LocalDateTime t = LocalDateTime.of(num(m.group(1)), num(m.group(2)), num(m.group(3)),
          m.group(4) == null ? 0 : num(m.group(4)), m.group(5) == null ? 0 : num(m.group(5)),
          m.group(6) == null ? 0 : num(m.group(6)));
      return t.atZone(offset(m.group(7), zone)).toInstant();
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      LocalDateTime t = LocalDateTime.of(num(m.group(1)), num(m.group(2)), num(m.group(3)),
          m.group(4) == null ? 0 : num(m.group(4)), m.group(5) == null ? 0 : num(m.group(5)),
          m.group(6) == null ? 0 : num(m.group(6)));
      return t.atZone(m.group(7) != null ? ZoneOffset.UTC : zone).toInstant();
    }
    m = DAY_FIRST_NUMERIC.matcher(s);
    if (m.matches()) {
      // 05.03.2024 and 05/03/2024: day first, as most of the world writes it; an impossible month (13+) fails.
      return LocalDate.of(num(m.group(3)), num(m.group(2)), num(m.group(1))).atStartOfDay(zone).toInstant();
    }
    return null;
  }

  private static ZoneId offset(String z, ZoneId fallback) {
    if (z == null) return fallback;
    if (z.equals("Z") || z.equals("UTC") || z.equals("GMT")) return ZoneOffset.UTC;
    String digits = z.replace(":", "");
    if (digits.length() == 3) digits = digits + "00";
    return ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3));
  }

  private static Instant textual(String s, ZoneId zone) {
    for (DateTimeFormatter f : TEXTUAL) {
      try {
        TemporalAccessor t = f.parse(s);
        LocalDate date = LocalDate.of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR), t.get(ChronoField.DAY_OF_MONTH));
        LocalDateTime time = t.isSupported(ChronoField.HOUR_OF_DAY)
            ? date.atTime(t.get(ChronoField.HOUR_OF_DAY), t.isSupported(ChronoField.MINUTE_OF_HOUR) ? t.get(ChronoField.MINUTE_OF_HOUR) : 0,
                t.isSupported(ChronoField.SECOND_OF_MINUTE) ? t.get(ChronoField.SECOND_OF_MINUTE) : 0)
            : date.atStartOfDay();
        ZoneId z = zone;
        if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
          z = ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS));
        } else {
          ZoneId parsed = t.query(java.time.temporal.TemporalQueries.zone());
          if (parsed != null) z = parsed;
        }
        return time.atZone(z).toInstant();
      } catch (DateTimeException e) {
        // next format
      }
    }
    return null;
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }
}
