package verticalkb.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import verticalkb.extract.Extraction.EventMention;
import verticalkb.extract.Extraction.PersonMention;
import verticalkb.extract.ExtractionListener;
import verticalkb.places.Areas;
import verticalkb.places.GazetteerPlaceLookup;
import verticalkb.places.Geo;
import verticalkb.places.PlaceLookup;
import verticalkb.places.PlaceLookup.ResolvedPlace;
import verticalkb.vertical.Vertical;

/**
 * Records the events a page describes for the vertical's event directory, with their place resolved (coordinates
 * from structured data where given, else the city, region and country, else the venue's address). Never throws.
 */
@ApplicationScoped
public class EventListener implements ExtractionListener {

  private static final Logger LOG = Logger.getLogger(EventListener.class);

  private final EventDirectory directory;
  private final PlaceLookup places;
  private final Areas areas;

  EventListener(EventDirectory directory, PlaceLookup places, Areas areas) {
    this.directory = directory;
    this.places = places;
    this.areas = areas;
  }

  @Override
  public void extracted(ExtractedPage page) {
    try {
      if (!relevant(page)) return;
      List<String> hints = hints(page.verticalId());
      if (hints == null) return;
      directory.record(page.verticalId(), sightings(page, hints));
    } catch (RuntimeException e) {
      LOG.warnf(e, "events: events of %s not recorded", page.url());
    }
  }

  /** The whole batch's sightings in one {@link EventDirectory#record} per vertical; throws if that fails. */
  @Override
  public void extractedAll(List<ExtractedPage> pages) {
    Map<String, Optional<List<String>>> hints = new HashMap<>();
    Map<String, List<Sighting>> byVertical = new LinkedHashMap<>();
    for (ExtractedPage page : pages) {
      if (!relevant(page)) continue;
      Optional<List<String>> h = hints.computeIfAbsent(page.verticalId(), v -> Optional.ofNullable(hints(v)));
      if (h.isEmpty()) continue;
      byVertical.computeIfAbsent(page.verticalId(), v -> new ArrayList<>()).addAll(sightings(page, h.get()));
    }
    for (Map.Entry<String, List<Sighting>> e : byVertical.entrySet()) directory.record(e.getKey(), e.getValue());
  }

  private static boolean relevant(ExtractedPage page) {
    return page.verticalId() != null && page.extraction() != null && page.extraction().events() != null
        && !page.extraction().events().isEmpty() && page.documentIds() != null && !page.documentIds().isEmpty();
  }

  /** The vertical's country hints for place look-ups; null when there is no such vertical. */
  private List<String> hints(String verticalId) {
    return QuarkusTransaction.requiringNew().call(() -> {
      Vertical v = Vertical.findById(verticalId);
      return v == null ? null : areas.countryHints(v);
    });
  }

  private List<Sighting> sightings(ExtractedPage page, List<String> hints) {
    List<Sighting> sightings = new ArrayList<>();
    for (EventMention ev : page.extraction().events()) {
      Sighting s = sighting(page, ev, hints);
      if (s != null) sightings.add(s);
    }
    return sightings;
  }

  private Sighting sighting(ExtractedPage page, EventMention ev, List<String> hints) {
    if (ev.name() == null || ev.name().isBlank() || ev.start() == null) return null;
    Sighting s = new Sighting();
    s.verticalId = page.verticalId();
    s.documentId = page.documentIds().get(0);
    s.url = ev.url() != null ? ev.url().toString() : page.url() == null ? null : page.url().toString();
    s.sourceId = page.sourceId();
    s.authority = page.authority();
    s.name = ev.name().strip();
    s.nameKey = EventKeys.nameKey(s.name);
    s.start = ev.start();
    s.end = ev.end() != null && !ev.end().isBefore(ev.start()) ? ev.end() : null;
    s.timeZone = EventKeys.validZone(ev.timeZone());
    s.venue = blankToNull(ev.venue());
    s.online = Boolean.TRUE.equals(ev.online());
    s.organizer = blankToNull(ev.organizer());
    s.description = ev.description() == null ? null : ev.description().strip();
    s.speakers = ev.speakers() == null ? null
        : ev.speakers().stream().map(PersonMention::name).filter(n -> n != null && !n.isBlank()).map(String::strip)
            .collect(Collectors.joining("\n"));
    s.seenAt = page.fetchedAt() != null ? page.fetchedAt() : Instant.now();
    place(s, ev, hints);
    inferZone(s);
    s.dayKey = EventKeys.dayKey(s.start, s.timeZone);
    s.placeKey = EventKeys.placeKey(s.placeName, s.country, s.online);
    return s;
  }

  private void place(Sighting s, EventMention ev, List<String> hints) {
    List<String> h = new ArrayList<>(hints);
    if (ev.country() != null) h.add(0, ev.country().strip().toUpperCase(Locale.ROOT));
    String written = Stream.of(ev.city(), ev.region(), ev.country()).filter(x -> x != null && !x.isBlank())
        .collect(Collectors.joining(", "));
    Optional<ResolvedPlace> p = ev.city() == null || ev.city().isBlank() ? Optional.empty() : places.resolve(written, h);
    if (p.isEmpty() && s.venue != null) p = places.resolve(s.venue, h);
    if (ev.lat() != null && ev.lon() != null && Geo.validLatLon(ev.lat(), ev.lon())) {
      // Structured data's coordinates are the venue's own: they win over a city's centre.
      s.lat = ev.lat();
      s.lon = ev.lon();
      s.placeName = p.map(ResolvedPlace::name).orElse(blankToNull(ev.city()));
      s.region = p.map(ResolvedPlace::region).orElse(blankToNull(ev.region()));
      s.country = p.map(ResolvedPlace::country).orElse(country(ev.country()));
    } else if (p.isPresent()) {
      s.placeName = p.get().name();
      s.region = p.get().region();
      s.country = p.get().country();
      s.lat = p.get().lat();
      s.lon = p.get().lon();
    } else {
      s.placeName = blankToNull(ev.city());
      s.region = blankToNull(ev.region());
      s.country = country(ev.country());
    }
  }

  /**
   * Pages often give only an offset ("+01:00" in a JSON-LD date): where the venue is known, the zone of the nearest
   * gazetteer place replaces it if it agrees with that offset at the start, so that the event shows in its real zone.
   * A time written with no zone at all ("2027-06-10T10:00", "10 June 2027, 10:00" on a listing) is a wall-clock
   * time at the venue: the extractors read it as if in UTC, so it is moved to the same clock time in the venue's zone.
   */
  private void inferZone(Sighting s) {
    if (s.lat == null || s.lon == null || !(places instanceof GazetteerPlaceLookup g)) return;
    ZoneId given = s.timeZone == null ? null : ZoneId.of(s.timeZone);
    if (given != null && !(given.normalized() instanceof ZoneOffset)) return;
    g.timeZoneAt(s.lat, s.lon).map(EventKeys::validZone).ifPresent(z -> {
      ZoneId zone = ZoneId.of(z);
      if (given == null) {
        s.start = wallClockIn(s.start, zone);
        if (s.end != null) s.end = wallClockIn(s.end, zone);
        s.timeZone = z;
      } else if (given.normalized().equals(zone.getRules().getOffset(s.start))) {
        s.timeZone = z;
      }
    });
  }

  private static Instant wallClockIn(Instant readAsUtc, ZoneId zone) {
    return LocalDateTime.ofInstant(readAsUtc, ZoneOffset.UTC).atZone(zone).toInstant();
  }

  private static String country(String c) {
    if (c == null || c.isBlank()) return null;
    String t = c.strip();
    return t.length() == 2 ? t.toUpperCase(Locale.ROOT) : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

}
