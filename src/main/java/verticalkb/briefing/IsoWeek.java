package verticalkb.briefing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 week ({@code 2026-W47}): Monday to Sunday, week 1 being the week with the year's first Thursday. Its bounds
 * are instants in a given zone, the start inclusive and the end exclusive (Monday 00:00 of the next week).
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

  /** The form a person should type, for error messages. */
  public static final String FORM = "YYYY-Www, e.g. 2026-W47 (ISO 8601 week, Monday to Sunday)";

  /** ISO 8601's extended (2026-W47) and basic (2026W47) forms; a lower-case w is what people type in a URL. */
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-?[Ww](\\d{2})");

  public IsoWeek {
    if (week < 1 || week > weeksIn(year)) throw new IllegalArgumentException(year + " has no week " + week);
  }

  /** The week {@code text} names, or empty when it is not of the form {@code YYYY-Www} or names a week the year lacks. */
  public static Optional<IsoWeek> parse(String text) {
    if (text == null) return Optional.empty();
    Matcher m = WEEK.matcher(text.strip());
    if (!m.matches()) return Optional.empty();
    int year = Integer.parseInt(m.group(1));
    int week = Integer.parseInt(m.group(2));
    if (week < 1 || week > weeksIn(year)) return Optional.empty();
    return Optional.of(new IsoWeek(year, week));
  }

  /** The week that holds {@code day}. */
  public static IsoWeek of(LocalDate day) {
    return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The week that holds {@code instant} in {@code zone}. */
  public static IsoWeek of(Instant instant, ZoneId zone) {
    return of(instant.atZone(zone).toLocalDate());
  }

  /** 52 or 53: a year has 53 ISO weeks when its last week holds its last Thursday. */
  static int weeksIn(int year) {
    return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  /** The Monday of the week. */
  public LocalDate monday() {
    return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Monday 00:00 in {@code zone}: the first instant of the week. */
  public Instant start(ZoneId zone) {
    return monday().atStartOfDay(zone).toInstant();
  }

  /** The next Monday 00:00 in {@code zone}: the first instant after the week. */
  public Instant end(ZoneId zone) {
    return monday().plusWeeks(1).atStartOfDay(zone).toInstant();
  }

  /** The week {@code n} weeks later (earlier when negative). */
  public IsoWeek plus(int n) {
    return of(monday().plusWeeks(n));
  }

  @Override
  public int compareTo(IsoWeek o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(week, o.week);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%04d-W%02d", year, week);
  }
}
