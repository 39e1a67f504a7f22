package verticalkb.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;
import verticalkb.document.StoredDocument;

/**
 * The event directory of each vertical: stores sightings, merges those of one event (same name, same start day,
 * same place or online) across sites, and publishes each event as an {@code event} document. Work on one vertical
 * is serialised.
 */
@ApplicationScoped
public class EventDirectory {

  private final Documents documents;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  EventDirectory(Documents documents) {
    this.documents = documents;
  }

  /** A group of sightings that may be one event: same vertical, name key and day. */
  private record Group(String nameKey, String dayKey) {}

  void record(String verticalId, List<Sighting> sightings) {
    if (sightings.isEmpty()) return;
    ReentrantLock lock = locks.computeIfAbsent(verticalId, k -> new ReentrantLock());
    lock.lock();
    try {
      List<KbDocument> upserts = new ArrayList<>();
      List<String> deletes = new ArrayList<>();
      QuarkusTransaction.requiringNew().run(() -> {
        Set<Group> groups = new LinkedHashSet<>();
        for (Sighting s : sightings) {
          Sighting existing = Sighting.find("verticalId = ?1 and documentId = ?2 and nameKey = ?3 and dayKey = ?4",
              verticalId, s.documentId, s.nameKey, s.dayKey).firstResult();
          if (existing == null) {
            s.persist();
          } else {
            s.eventId = existing.eventId;
            copy(s, existing);
          }
          groups.add(new Group(s.nameKey, s.dayKey));
        }
        Sighting.flush();
        Set<String> affected = new LinkedHashSet<>();
        for (Group g : groups) regroup(verticalId, g, affected);
        Sighting.flush();
        Instant now = Instant.now();
        for (String id : affected) {
          EventRecord e = build(id, verticalId, now);
          if (e == null) deletes.add(id);
          else upserts.add(document(e));
        }
      });
      if (!upserts.isEmpty()) documents.upsert(upserts);
      if (!deletes.isEmpty()) documents.delete(deletes);
    } finally {
      lock.unlock();
    }
  }

  /** Assigns the group's sightings to events by place; a sighting that names no place joins the only one there is. */
  private void regroup(String verticalId, Group g, Set<String> affected) {
    List<Sighting> all = Sighting.list("verticalId = ?1 and nameKey = ?2 and dayKey = ?3 order by id", verticalId,
        g.nameKey(), g.dayKey());
    List<String> places = all.stream().map(s -> s.placeKey).filter(p -> p != null).distinct().toList();
    for (Sighting s : all) {
      String place = s.placeKey != null ? s.placeKey : places.size() == 1 ? places.get(0) : null;
      String id = EventKeys.id(verticalId, g.nameKey(), g.dayKey(), String.valueOf(place));
      if (s.eventId != null) affected.add(s.eventId);
      affected.add(id);
      s.eventId = id;
    }
  }

  private EventRecord build(String id, String verticalId, Instant now) {
    List<Sighting> ss = Sighting.list("eventId = ?1 order by authority desc, id", id);
    EventRecord e = EventRecord.findById(id);
    if (ss.isEmpty()) {
      if (e != null) e.delete();
      return null;
    }
    boolean created = e == null;
    if (created) {
      e = new EventRecord();
      e.id = id;
    }
    Sighting best = ss.get(0);
    e.verticalId = verticalId;
    e.name = best.name;
    e.start = mostCommon(ss, s -> s.start);
    e.end = ss.stream().map(s -> s.end).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
    e.timeZone = ss.stream().map(s -> s.timeZone).filter(x -> x != null).findFirst().orElse(null);
    e.venue = ss.stream().map(s -> s.venue).filter(x -> x != null).findFirst().orElse(null);
    Sighting placed = ss.stream().filter(s -> s.lat != null).findFirst()
        .orElse(ss.stream().filter(s -> s.country != null).findFirst().orElse(null));
    e.placeName = placed == null ? null : placed.placeName;
    e.region = placed == null ? null : placed.region;
    e.country = placed == null ? null : placed.country;
    e.lat = placed == null ? null : placed.lat;
    e.lon = placed == null ? null : placed.lon;
    e.online = ss.stream().anyMatch(s -> s.online);
    e.url = best.url;
    // Every address it is known by: the event's own URLs and the pages that list it (found by their documents).
    LinkedHashSet<String> urls = new LinkedHashSet<>();
    for (Sighting s : ss) {
      if (s.url != null) urls.add(s.url);
      StoredDocument page = StoredDocument.findById(s.documentId);
      if (page != null && page.url != null) urls.add(page.url);
    }
    e.urls = String.join("\n", urls);
    e.organizer = ss.stream().map(s -> s.organizer).filter(x -> x != null).findFirst().orElse(null);
    Map<String, String> speakers = new LinkedHashMap<>();
    for (Sighting s : ss) {
      if (s.speakers == null) continue;
      for (String name : s.speakers.split("\n")) {
        if (!name.isBlank()) speakers.putIfAbsent(verticalkb.expert.PersonNames.personKey(name), name.strip());
      }
    }
    e.speakers = String.join("\n", speakers.values());
    e.description = ss.stream().map(s -> s.description).filter(x -> x != null)
        .max(Comparator.comparingInt(String::length)).orElse(null);
    e.updatedAt = now;
    if (created) e.persist();
    return e;
  }

  private static <T> T mostCommon(List<Sighting> ss, Function<Sighting, T> f) {
    Map<T, Integer> counts = new LinkedHashMap<>();
    for (Sighting s : ss) counts.merge(f.apply(s), 1, Integer::sum);
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElseThrow();
  }

  KbDocument document(EventRecord e) {
    EventView v = view(e, Instant.now());
    StringBuilder text = new StringBuilder();
    text.append(v.start()).append(v.location() == null ? "" : " · " + v.location()).append(e.online ? " · online" : "");
    if (e.venue != null) text.append('\n').append(e.venue);
    if (!v.speakers().isEmpty()) text.append("\nSpeakers: ").append(String.join(", ", v.speakers()));
    if (e.description != null) text.append('\n').append(e.description);
    KbDocument.Place place = e.lat == null && e.country == null ? null
        : new KbDocument.Place(e.venue != null ? e.venue : e.placeName, e.placeName, e.region, e.country, e.lat, e.lon);
    return new KbDocument(e.id, e.url, KbDocument.Types.EVENT, e.name, text.toString(), e.description, List.of(),
        e.start, e.updatedAt, null, null, List.of(e.verticalId), List.of(), List.of(), place,
        new KbDocument.Event(e.start, e.end, e.timeZone, e.venue, e.online, e.organizer, v.speakers()), null, null,
        null, null, null, null, null);
  }

  public static EventView view(EventRecord e, Instant now) {
    ZoneId zone = EventKeys.zone(e.timeZone);
    DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    String location = e.placeName == null ? null
        : e.placeName + (e.country == null ? "" : ", " + java.util.Locale.of("", e.country).getDisplayCountry(java.util.Locale.ENGLISH));
    EventView.Place place = e.lat == null && e.country == null ? null
        : new EventView.Place(e.placeName, e.region, e.country, e.lat, e.lon);
    Instant last = e.end != null ? e.end : e.start;
    return new EventView(e.id, e.verticalId, e.name, e.start.atZone(zone).format(iso),
        e.end == null ? null : e.end.atZone(zone).format(iso), e.timeZone, e.venue, location, place, e.online, e.url,
        lines(e.urls), lines(e.speakers), e.organizer, e.description,
        e.start.atZone(zone).toLocalDate().toString().substring(0, "yyyy-MM".length()), !last.isBefore(now));
  }

  static List<String> lines(String s) {
    return s == null || s.isBlank() ? List.of() : List.of(s.split("\n"));
  }

  private static void copy(Sighting from, Sighting to) {
    to.url = from.url;
    to.sourceId = from.sourceId;
    to.authority = from.authority;
    to.name = from.name;
    to.placeKey = from.placeKey;
    to.start = from.start;
    to.end = from.end;
    to.timeZone = from.timeZone;
    to.venue = from.venue;
    to.placeName = from.placeName;
    to.region = from.region;
    to.country = from.country;
    to.lat = from.lat;
    to.lon = from.lon;
    to.online = from.online;
    to.organizer = from.organizer;
    to.speakers = from.speakers;
    to.description = from.description;
    to.seenAt = from.seenAt;
  }
}
