package verticalkb.extract;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Attendee;
import biweekly.property.DateStart;
import biweekly.property.ICalProperty;
import biweekly.property.Organizer;
import biweekly.util.Duration;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import verticalkb.extract.Extraction.EventMention;
import verticalkb.extract.Extraction.PersonMention;

/**
 * iCalendar feeds (RFC 5545) through biweekly: each VEVENT becomes an event mention with its time zone (the
 * TZID of DTSTART), location, coordinates (GEO), URL, organizer and the attendees in the chair role as speakers.
 */
final class CalendarExtractor {

  private static final int MAX_EVENTS = 5000;

  private CalendarExtractor() {}

  static Extraction extract(URI url, byte[] body, List<String> problems) {
    List<ICalendar> calendars;
    try {
      calendars = Biweekly.parse(new String(body, StandardCharsets.UTF_8)).all();
    } catch (RuntimeException e) {
      problems.add("calendar could not be read: " + e.getMessage());
      return new Extraction("unsupported", null, null, null, List.of(), null, null, null, null, List.of(), List.of(),
          List.of(), List.of(), problems);
    }
    List<EventMention> events = new ArrayList<>();
    String title = null;
    for (ICalendar cal : calendars) {
      if (title == null && cal.getNames() != null && !cal.getNames().isEmpty()) title = cal.getNames().get(0).getValue();
      // X-WR-CALNAME: the calendar name most publishers (Google, Outlook) write instead of RFC 7986 NAME
      if (title == null && cal.getExperimentalProperty("X-WR-CALNAME") != null) {
        title = SchemaMentions.clean(cal.getExperimentalProperty("X-WR-CALNAME").getValue());
      }
      for (VEvent ev : cal.getEvents()) {
        if (events.size() >= MAX_EVENTS) {
          problems.add("more than " + MAX_EVENTS + " events; the rest were skipped");
          break;
        }
        EventMention m = event(cal, ev, url);
        if (m != null) events.add(m);
      }
    }
    if (calendars.isEmpty()) problems.add("no calendar found");
    List<PersonMention> people = new ArrayList<>();
    for (EventMention e : events) for (PersonMention p : e.speakers()) SchemaMentions.add(people, p);
    return new Extraction("events", title, null, null, List.of(), null, null, null, null,
        events.stream().map(EventMention::url).filter(java.util.Objects::nonNull).distinct().toList(), List.of(), events,
        people, problems);
  }

  private static EventMention event(ICalendar cal, VEvent ev, URI base) {
    String name = ev.getSummary() == null ? null : SchemaMentions.clean(ev.getSummary().getValue());
    if (name == null) return null;
    DateStart ds = ev.getDateStart();
    Instant start = ds == null || ds.getValue() == null ? null : ds.getValue().toInstant();
    Instant end = ev.getDateEnd() == null || ev.getDateEnd().getValue() == null ? null : ev.getDateEnd().getValue().toInstant();
    if (end == null && start != null && ev.getDuration() != null) {
      Duration d = ev.getDuration().getValue();
      if (d != null) end = start.plusMillis(d.toMillis());
    }
    String zone = zone(cal, ds);
    String venue = ev.getLocation() == null ? null : SchemaMentions.clean(ev.getLocation().getValue());
    Double lat = ev.getGeo() == null ? null : ev.getGeo().getLatitude();
    Double lon = ev.getGeo() == null ? null : ev.getGeo().getLongitude();
    URI url = ev.getUrl() == null ? null : SchemaMentions.uri(ev.getUrl().getValue(), base);
    Boolean online = venue != null && venue.toLowerCase(Locale.ROOT).matches("(?s).*(https?://|online|zoom|webinar|virtual).*") ? Boolean.TRUE : null;
    Organizer org = ev.getOrganizer();
    String organizer = org == null ? null : SchemaMentions.clean(org.getCommonName() != null ? org.getCommonName() : org.getEmail());
    List<PersonMention> speakers = new ArrayList<>();
    for (Attendee a : ev.getAttendees()) {
      boolean chair = a.getRole() != null && a.getRole().getValue().equalsIgnoreCase("CHAIR");
      if (chair && SchemaMentions.plausibleName(a.getCommonName())) {
        speakers.add(new PersonMention(a.getCommonName().strip(), null, null, null, null, SchemaMentions.ROLE_SPEAKER));
      }
    }
    String description = ev.getDescription() == null ? null : SchemaMentions.clean(ev.getDescription().getValue());
    return new EventMention(name, start, end, zone, venue, null, null, null, lat, lon, online, organizer, speakers, url,
        description);
  }

  /** The IANA zone of a date property: from its VTIMEZONE or global TZID; UTC for a UTC time; null for a date. */
  private static String zone(ICalendar cal, ICalProperty prop) {
    if (!(prop instanceof DateStart ds) || ds.getValue() == null || !ds.getValue().hasTime()) return null;
    TimezoneAssignment tz = cal.getTimezoneInfo().getTimezone(prop);
    if (tz == null) return cal.getTimezoneInfo().isFloating(prop) ? null : "UTC";
    if (tz.getGlobalId() != null) return tz.getGlobalId();
    if (tz.getComponent() != null && tz.getComponent().getTimezoneId() != null) return tz.getComponent().getTimezoneId().getValue();
    return tz.getTimeZone() == null ? null : tz.getTimeZone().getID();
  }
}
