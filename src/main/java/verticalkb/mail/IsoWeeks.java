package verticalkb.mail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verticalkb.ProblemException;

/** ISO-8601 week names such as {@code 2026-W47}: parsing with a clear error, and the week a run sends by default. */
final class IsoWeeks {

  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

  private IsoWeeks() {}

  /** The week as given, checked to exist (W53 only in long years); a 400 naming the field otherwise. */
  static String parse(String field, String week) {
    Matcher m = WEEK.matcher(week.trim());
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      int number = Integer.parseInt(m.group(2));
      LocalDate mid = LocalDate.of(year, 6, 1);
      if (number >= 1 && number <= mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) return m.group();
    }
    throw ProblemException.badRequest(field, "'" + week + "' is not an ISO week: write it like 2026-W47");
  }

  /** The last complete week before {@code today}: a Monday-morning run sends the briefing of the week just ended. */
  static String lastComplete(LocalDate today) {
    return of(today.with(DayOfWeek.MONDAY).minusWeeks(1));
  }

  static String of(LocalDate day) {
    return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
