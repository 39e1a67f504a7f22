package verticalkb.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes events as an iCalendar stream (RFC 5545): one VTIMEZONE per zone used, built from the JDK's tz rules for
 * the years the events span; DTSTART/DTEND in the event's zone (TZID) or UTC; a stable UID; DTSTAMP; text escaped
 * (§3.3.11); lines folded at 75 octets (§3.1) and ended by CRLF.
 */
final class Ics {

  /** RFC 5545 §3.1: "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break." */
  static final int MAX_LINE_OCTETS = 75;
  private static final String CRLF = "\r\n";
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
  private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
      .withZone(ZoneOffset.UTC);
  /** Control characters other than tab and line breaks are not allowed in TEXT (§3.3.11). */
  private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
  static final String PRODID = "-//Vertical KB//Events//EN";

  private final StringBuilder out = new StringBuilder();
  private final String uidDomain;

  private Ics(String uidDomain) {
    this.uidDomain = uidDomain;
  }

  static String calendar(String name, List<EventRecord> events, String uidDomain, Instant stamp) {
    Ics ics = new Ics(uidDomain);
    ics.line("BEGIN:VCALENDAR");
    ics.line("VERSION:2.0");
    ics.line("PRODID:" + PRODID);
    ics.line("CALSCALE:GREGORIAN");
    ics.line("METHOD:PUBLISH");
    if (name != null) ics.line("X-WR-CALNAME:" + text(name));
    TreeMap<String, int[]> zones = new TreeMap<>();
    for (EventRecord e : events) {
      ZoneId z = zone(e);
      if (z == null) continue;
      int y1 = e.start.atZone(z).getYear();
      int y2 = (e.end != null ? e.end : e.start).atZone(z).getYear();
      zones.merge(z.getId(), new int[] {y1, y2}, (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
    }
    zones.forEach((id, years) -> ics.timezone(ZoneId.of(id), years[0], years[1]));
    for (EventRecord e : events) ics.event(e, stamp);
    ics.line("END:VCALENDAR");
    return ics.out.toString();
  }

  /**
   * The event's zone for TZID, or null where it is unknown, UTC or a bare offset ("+01:00" from a page's date):
   * those are written as UTC times, exact and free of a made-up zone name.
   */
  private static ZoneId zone(EventRecord e) {
    String id = EventKeys.validZone(e.timeZone);
    if (id == null) return null;
    ZoneId z = ZoneId.of(id);
    return z instanceof ZoneOffset || z.normalized() instanceof ZoneOffset ? null : z;
  }

  private void event(EventRecord e, Instant stamp) {
    line("BEGIN:VEVENT");
    line("UID:" + e.id + "@" + uidDomain);
    line("DTSTAMP:" + UTC.format(e.updatedAt != null ? e.updatedAt : stamp));
    ZoneId z = zone(e);
    line(dateTime("DTSTART", e.start, z));
    if (e.end != null && e.end.isAfter(e.start)) line(dateTime("DTEND", e.end, z));
    line("SUMMARY:" + text(e.name));
    String where = String.join(", ", java.util.stream.Stream.of(e.venue, e.placeName)
        .filter(s -> s != null && !s.isBlank()).distinct().toList());
    if (!where.isEmpty()) line("LOCATION:" + text(where));
    else if (e.online) line("LOCATION:Online");
    if (e.lat != null && e.lon != null) line(String.format(Locale.ROOT, "GEO:%.6f;%.6f", e.lat, e.lon));
    if (e.url != null) line("URL:" + e.url);
    StringBuilder desc = new StringBuilder();
    if (e.description != null) desc.append(e.description);
    List<String> speakers = EventDirectory.lines(e.speakers);
    if (!speakers.isEmpty()) desc.append(desc.isEmpty() ? "" : "\n\n").append("Speakers: ").append(String.join(", ", speakers));
    if (!desc.isEmpty()) line("DESCRIPTION:" + text(desc.toString()));
    if (e.organizer != null) line("X-ORGANIZER-NAME:" + text(e.organizer));
    line("END:VEVENT");
  }

  private static String dateTime(String property, Instant at, ZoneId zone) {
    if (zone == null) return property + ":" + UTC.format(at);
    return property + ";TZID=" + zone.getId() + ":" + LOCAL.format(at.atZone(zone).toLocalDateTime());
  }

  /**
   * A VTIMEZONE (§3.6.5) with one observance per transition in the years around the events, and one for the offset
   * in force at the start, so that every event time falls in a defined observance.
   */
  private void timezone(ZoneId zone, int fromYear, int toYear) {
    ZoneRules rules = zone.getRules();
    Instant from = LocalDateTime.of(fromYear - 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    Instant to = LocalDateTime.of(toYear + 2, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    line("BEGIN:VTIMEZONE");
    line("TZID:" + zone.getId());
    ZoneOffset initial = rules.getOffset(from);
    observance(rules.isDaylightSavings(from), from.atOffset(initial).toLocalDateTime(), initial, initial);
    TreeSet<Instant> seen = new TreeSet<>();
    ZoneOffsetTransition t = rules.nextTransition(from);
    while (t != null && t.getInstant().isBefore(to) && seen.add(t.getInstant())) {
      observance(rules.isDaylightSavings(t.getInstant()), t.getDateTimeBefore(), t.getOffsetBefore(), t.getOffsetAfter());
      t = rules.nextTransition(t.getInstant());
    }
    line("END:VTIMEZONE");
  }

  private void observance(boolean daylight, LocalDateTime onset, ZoneOffset before, ZoneOffset after) {
    String kind = daylight ? "DAYLIGHT" : "STANDARD";
    line("BEGIN:" + kind);
    line("DTSTART:" + LOCAL.format(onset));
    line("TZOFFSETFROM:" + offset(before));
    line("TZOFFSETTO:" + offset(after));
    line("END:" + kind);
  }

  /** UTC offset as ("+" / "-") time-hour time-minute [time-second] (§3.3.14). */
  private static String offset(ZoneOffset o) {
    int total = o.getTotalSeconds();
    int abs = Math.abs(total);
    String s = String.format(Locale.ROOT, "%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
    return abs % 60 == 0 ? s : s + String.format(Locale.ROOT, "%02d", abs % 60);
  }

  /** TEXT value escaping (§3.3.11): backslash, semicolon, comma, and line breaks as \n. */
  static String text(String s) {
    return CONTROL.matcher(s).replaceAll("").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
        .replace("\r", "\\n");
  }

  /** Appends a content line, folded so that no line exceeds 75 octets, never splitting a UTF-8 sequence. */
  private void line(String content) {
    int octets = 0;
    int i = 0;
    while (i < content.length()) {
      int cp = content.codePointAt(i);
      int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (octets + len > MAX_LINE_OCTETS) {
        out.append(CRLF).append(' ');
        octets = 1;
      }
      out.appendCodePoint(cp);
      octets += len;
      i += Character.charCount(cp);
    }
    out.append(CRLF);
  }
}
