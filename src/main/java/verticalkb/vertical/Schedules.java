package verticalkb.vertical;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads re-crawl intervals written as {@code 30m}, {@code 6h}, {@code 1d}, {@code 2w} or ISO-8601 ({@code PT6H}). */
public final class Schedules {

  /** Shorter intervals would hammer a source; robots.txt and politeness still apply on top. */
  public static final Duration MINIMUM = Duration.ofMinutes(5);

  private static final Pattern SHORT = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

  private Schedules() {}

  /** The interval, or null when the text is not one (see {@link #HINT}). */
  public static Duration parse(String text) {
    if (text == null) return null;
    String t = text.trim().toLowerCase(Locale.ROOT);
    Matcher m = SHORT.matcher(t);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        case "d" -> Duration.ofDays(n);
        default -> Duration.ofDays(7 * n);
      };
    }
    try {
      return Duration.parse(t.toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  public static final String HINT = "write an interval such as 30m, 6h, 1d, 2w or PT6H, at least 5m";
}
