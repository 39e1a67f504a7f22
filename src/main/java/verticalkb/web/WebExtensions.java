package verticalkb.web;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import verticalkb.briefing.Briefing;
import verticalkb.event.EventView;

/** Dates as people read them on the pages: the event's own local time, days without the clock where that is all there is. */
@TemplateExtension
final class WebExtensions {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

  private WebExtensions() {}

  /** "Tue 12 May 2026, 09:00 – Thu 14 May 2026" in the event's own zone; the zone name follows when known. */
  static String when(EventView e) {
    return when(e.start(), e.end(), e.timeZone());
  }

  /** The same for an event as a briefing lists it. */
  static String when(Briefing.Meeting m) {
    return when(m.start(), m.end(), m.timeZone());
  }

  private static String when(String startText, String endText, String timeZone) {
    OffsetDateTime start = parse(startText);
    if (start == null) return startText == null ? "date to be announced" : startText;
    OffsetDateTime end = parse(endText);
    StringBuilder out = new StringBuilder(DAY.format(start));
    boolean timed = start.getHour() != 0 || start.getMinute() != 0;
    if (timed) out.append(", ").append(TIME.format(start));
    if (end != null && !end.toLocalDate().equals(start.toLocalDate())) out.append(" – ").append(DAY.format(end));
    else if (end != null && timed) out.append("–").append(TIME.format(end));
    if (timed && timeZone != null) out.append(" (").append(timeZone).append(')');
    return out.toString();
  }

  /** A change in the agenda as people say it: "+150 %", "new", "−40 %". */
  static String trend(Briefing.Trend t) {
    if (t.previousAverage() == 0) return t.count() > 0 ? "new" : "";
    long percent = Math.round(100 * (t.count() - t.previousAverage()) / t.previousAverage());
    return (percent > 0 ? "+" : percent < 0 ? "−" : "±") + Math.abs(percent) + " %";
  }

  /** The day an instant falls on in {@code zone} (an IANA id). */
  static String dayIn(Instant instant, String zone) {
    return instant == null ? "" : DAY.format(instant.atZone(ZoneId.of(zone)));
  }

  /** The last day of a period that ends (exclusively) at {@code end}, in {@code zone}. */
  static String lastDayIn(Instant end, String zone) {
    return end == null ? "" : DAY.format(end.minusNanos(1).atZone(ZoneId.of(zone)));
  }

  /** A value made safe for a query string. */
  static String urlEncoded(String value) {
    return value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The page of a briefing's publication on this site. */
  static String page(Briefing.Reading r) {
    return DocumentLinks.page(r.id());
  }

  /** The day of an instant, in UTC. */
  static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static OffsetDateTime parse(String iso) {
    if (iso == null) return null;
    try {
      return OffsetDateTime.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
