package verticalkb.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first date (and time) written in running text the way event listings write it, in English, German,
 * French, Spanish, Italian, Dutch and Portuguese: "12 March 2025, 14:00–16:00", "March 12–14, 2025", "12. März 2025
 * 19 Uhr", "12 de marzo de 2025", "2025-03-12 7pm", "12.03.2025". The answer is a wall-clock time: the text names no
 * zone, so the caller decides where it is (the venue's zone when known). A year is required: a day and month alone
 * could be any year.
 */
final class TextDates {

  /** Characters after the date searched for its time ("…2025, doors 7pm"): further away is another statement. */
  private static final int TIME_WINDOW = 40;
  /** Longest text read: a listing block's date is near its top, and this bounds the regex work. */
  private static final int MAX_TEXT = 2_000;
  private static final int NOON = 12;

  /** A date read from text, with its end where the text gives one; times at midnight when none is written. */
  record WallClock(LocalDateTime start, LocalDateTime end, boolean hasTime) {}

  private static final String MONTH = "(\\p{L}{3,10})\\.?";
  private static final String DAY = "(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?";
  private static final String DASH = "\\s*(?:[-–—]|to|bis|au|al|a|até)\\s*";
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
      "(?<!\\d)" + DAY + "(?:" + DASH + DAY + ")?\\s+(?:de\\s+)?" + MONTH + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
      "(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:" + DASH + "(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(\\d{4})(?!\\d)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)");
  private static final String CLOCK = "([01]?\\d|2[0-3])(?:[:.h]([0-5]\\d))?\\s*(a\\.?m\\.?|p\\.?m\\.?|uhr|h\\b)?";
  private static final Pattern TIME = Pattern.compile("(?<![\\d:./-])" + CLOCK + "(?![\\d:])"
      + "(?:" + DASH + CLOCK + "(?![\\d:]))?", Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    month(1, "january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro");
    month(2, "february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro", "fev");
    month(3, "march", "mar", "märz", "maerz", "mär", "mars", "marzo", "maart", "março", "marco");
    month(4, "april", "apr", "avril", "avr", "abril", "abr", "aprile");
    month(5, "may", "mai", "mayo", "maggio", "mag", "mei", "maio");
    month(6, "june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho");
    month(7, "july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho");
    month(8, "august", "aug", "août", "aout", "agosto", "ago", "augustus");
    month(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro");
    month(10, "october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out");
    month(11, "november", "nov", "novembre", "noviembre", "novembro");
    month(12, "december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro");
  }

  private TextDates() {}

  private static void month(int number, String... names) {
    for (String n : names) MONTHS.put(n, number);
  }

  /** The first date written in the text, with its time and end where given; null when there is none. */
  static WallClock find(String text) {
    if (text == null || text.isEmpty()) return null;
    String t = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    Found best = null;
    for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO, NUMERIC)) {
      Matcher m = p.matcher(t);
      while (m.find()) {
        if (best != null && m.start() >= best.at) break;
        Found f = read(p, m);
        if (f != null) {
          best = f;
          break;
        }
      }
    }
    if (best == null) return null;
    Matcher time = TIME.matcher(t);
    time.region(best.endsAt, Math.min(t.length(), best.endsAt + TIME_WINDOW));
    while (time.find()) {
      // "2–4pm": the range's suffix is the start's too
      String fromSuffix = time.group(3) != null || time.group(4) == null ? time.group(3) : time.group(6);
      LocalTime from = clock(time.group(1), time.group(2), fromSuffix);
      if (from == null) continue;
      LocalTime to = time.group(4) == null ? null : clock(time.group(4), time.group(5), time.group(6) != null ? time.group(6) : time.group(3));
      LocalDateTime start = best.start.atTime(from);
      LocalDateTime end = best.end != null ? best.end.atTime(to != null ? to : from)
          : to != null && to.isAfter(from) ? best.start.atTime(to) : null;
      return new WallClock(start, end, true);
    }
    return new WallClock(best.start.atStartOfDay(), best.end == null ? null : best.end.atStartOfDay(), false);
  }

  private record Found(LocalDate start, LocalDate end, int at, int endsAt) {}

  private static Found read(Pattern p, Matcher m) {
    try {
      int year;
      int month;
      int day;
      String endDay;
      if (p == DAY_MONTH_YEAR) {
        Integer mo = MONTHS.get(m.group(3).toLowerCase(Locale.ROOT));
        if (mo == null) return null;
        year = Integer.parseInt(m.group(4));
        month = mo;
        day = Integer.parseInt(m.group(1));
        endDay = m.group(2);
      } else if (p == MONTH_DAY_YEAR) {
        Integer mo = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        if (mo == null) return null;
        year = Integer.parseInt(m.group(4));
        month = mo;
        day = Integer.parseInt(m.group(2));
        endDay = m.group(3);
      } else if (p == ISO) {
        year = Integer.parseInt(m.group(1));
        month = Integer.parseInt(m.group(2));
        day = Integer.parseInt(m.group(3));
        endDay = null;
      } else {
        // 12.03.2025 and 12/03/2025: day first, as most of the world writes it
        year = Integer.parseInt(m.group(3));
        month = Integer.parseInt(m.group(2));
        day = Integer.parseInt(m.group(1));
        endDay = null;
      }
      LocalDate start = LocalDate.of(year, month, day);
      if (Dates.parse(start.toString()) == null) return null; // outside the plausible years
      LocalDate end = endDay == null ? null : LocalDate.of(year, month, Integer.parseInt(endDay));
      if (end != null && !end.isAfter(start)) end = null;
      return new Found(start, end, m.start(), m.end());
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** A clock time: needs minutes, am/pm, "Uhr" or "h" ("2025 7" is not a time; "7pm", "19:00", "19 Uhr" are). */
  private static LocalTime clock(String hours, String minutes, String suffix) {
    if (minutes == null && suffix == null) return null;
    int h = Integer.parseInt(hours);
    int min = minutes == null ? 0 : Integer.parseInt(minutes);
    if (suffix != null) {
      String s = suffix.toLowerCase(Locale.ROOT).replace(".", "");
      if (s.equals("pm") || s.equals("am")) {
        if (h < 1 || h > NOON) return null;
        if (s.equals("pm") && h < NOON) h += NOON;
        if (s.equals("am") && h == NOON) h = 0;
      }
    }
    return LocalTime.of(h, min);
  }
}
