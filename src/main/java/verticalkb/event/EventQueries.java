package verticalkb.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import verticalkb.ProblemException;
import verticalkb.TimeInput;
import verticalkb.places.Areas;
import verticalkb.vertical.Vertical;

/** Validates the events list's query (dates, month, upcoming/past, place, online, paging) and answers the events. */
@ApplicationScoped
class EventQueries {

  /** The matching events (all of them, sorted), and the area {@code near} resolved to. */
  record Result(Vertical vertical, List<EventRecord> events, List<Areas.Area> near) {}

  private final Areas areas;

  EventQueries(Areas areas) {
    this.areas = areas;
  }

  Result query(String verticalId, String from, String to, String month, String when, Boolean online, String near,
      Double radiusKm, Instant now) {
    Vertical v = Vertical.findById(verticalId);
    if (v == null || v.retired) {
      throw ProblemException.notFound("vertical", verticalId, "GET /api/verticals lists the verticals there are.");
    }
    Predicate<EventRecord> keep = e -> true;
    keep = keep.and(bound("from", from, true));
    keep = keep.and(bound("to", to, false));
    if (from != null && to != null && !from.isBlank() && !to.isBlank() 
        && instant(parse("from", from)).isAfter(instant(parse("to", to)))) {
      throw ProblemException.badRequest("to", "'to' (" + to + ") is before 'from' (" + from + ")");
    }
    if (month != null && !month.isBlank()) {
      YearMonth m;
      try {
        m = YearMonth.parse(month.strip());
      } catch (DateTimeParseException e) {
        throw ProblemException.badRequest("month", "expected a month like 2026-06; got '" + month + "'");
      }
      keep = keep.and(e -> YearMonth.from(e.start.atZone(EventKeys.zone(e.timeZone))).equals(m));
    }
    String w = when == null || when.isBlank() ? "all" : when.strip().toLowerCase(Locale.ROOT);
    switch (w) {
      case "upcoming" -> keep = keep.and(e -> !last(e).isBefore(now));
      case "past" -> keep = keep.and(e -> last(e).isBefore(now));
      case "all" -> { }
      default -> throw ProblemException.badRequest("when", "expected upcoming, past or all; got '" + when + "'");
    }
    if (online != null) keep = keep.and(e -> e.online == online);
    List<Areas.Area> area = areas.forRequest(v, near, radiusKm).orElse(null);
    if (area != null) keep = keep.and(e -> Areas.inAny(area, e.lat, e.lon, e.country));
    Comparator<EventRecord> order = Comparator.comparing((EventRecord e) -> e.start).thenComparing(e -> e.id);
    if (w.equals("past")) order = order.reversed();
    List<EventRecord> all = EventRecord.<EventRecord>list("verticalId", v.id).stream().filter(keep).sorted(order).toList();
    return new Result(v, all, area);
  }

  private static Instant last(EventRecord e) {
    return e.end != null ? e.end : e.start;
  }

  /**
   * A bound on the start: a date compares with the event's local start date (so "from=2026-06-10" includes an event
   * at 00:30 in Chicago on the 10th), a date-time with the instant.
   */
  private static Predicate<EventRecord> bound(String field, String value, boolean lower) {
    if (value == null || value.isBlank()) return e -> true;
    Comparable<?> b = parse(field, value);
    if (b instanceof LocalDate d) {
      return e -> {
        LocalDate local = e.start.atZone(EventKeys.zone(e.timeZone)).toLocalDate();
        return lower ? !local.isBefore(d) : !local.isAfter(d);
      };
    }
    Instant i = (Instant) b;
    return e -> lower ? !last(e).isBefore(i) : !e.start.isAfter(i);
  }

  /** A date (2026-06-01) or an instant, in the forms {@link TimeInput} reads; a 400 that shows the forms otherwise. */
  private static Comparable<?> parse(String field, String value) {
    Temporal t = TimeInput.parse(value);
    if (t == null) throw ProblemException.badRequest(field, "'" + value + "' is not a date; use " + TimeInput.FORMS);
    return (Comparable<?>) t;
  }

  private static Instant instant(Comparable<?> bound) {
    return bound instanceof LocalDate d ? TimeInput.startOfDay(d) : (Instant) bound;
  }
}
