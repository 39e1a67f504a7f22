package verticalkb.expert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import verticalkb.Jdbc;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;
import verticalkb.expert.ExpertView.Evidence;
import verticalkb.places.Areas;

/**
 * The expert directory of each vertical: stores person mentions as evidence, merges them into expert records
 * ({@link Clusters}), re-applies the editors' corrections, scores, and publishes each record as an {@code expert}
 * document through {@link Documents}. Work on one vertical is serialised; different verticals go in parallel.
 */
@ApplicationScoped
public class ExpertDirectory {

  private static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {};
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
  /** Fields an editor may set. */
  static final Set<String> EDITABLE = Set.of("name", "jobTitle", "affiliation", "location");

  private final ExpertsConfig config;
  private final AgroalDataSource db;
  private final Documents documents;
  private final ObjectMapper json;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  ExpertDirectory(ExpertsConfig config, AgroalDataSource db, Documents documents, ObjectMapper json) {
    this.config = config;
    this.db = db;
    this.documents = documents;
    this.json = json;
  }

  /**
   * Stores the mentions (upserting by document, name and role; of two with one key the last wins) and rebuilds the
   * experts of those names, in one transaction of plain JDBC batches ({@link ExpertTables}). Meant for a whole batch of
   * pages at once: the existing mentions are read in one query per {@value Jdbc#IN_LIST} documents and each touched
   * name is rebuilt once, however many of the pages name it.
   */
  void record(String verticalId, List<Mention> mentions) {
    if (mentions.isEmpty()) return;
    Map<String, Mention> unique = new LinkedHashMap<>();
    for (Mention m : mentions) unique.put(ExpertTables.key(m.documentId, m.nameKey, m.role), m);
    withLock(verticalId, () -> QuarkusTransaction.requiringNew().call(() -> Jdbc.with(db, c -> {
      Set<String> documentIds = new LinkedHashSet<>();
      for (Mention m : unique.values()) documentIds.add(m.documentId);
      Map<String, Long> stored = ExpertTables.mentionIds(c, verticalId, documentIds);
      List<Mention> inserts = new ArrayList<>();
      List<Mention> updates = new ArrayList<>();
      Set<String> touched = new LinkedHashSet<>();
      for (Map.Entry<String, Mention> en : unique.entrySet()) {
        Mention m = en.getValue();
        m.id = stored.get(en.getKey());
        (m.id == null ? inserts : updates).add(m);
        touched.add(m.nameKey);
      }
      ExpertTables.update(c, updates);
      // New mentions are attributed before they are written: one insert each, no update of expert_id after it.
      return rebuild(c, verticalId, touched, inserts);
    })));
  }

  /** Rebuilds every expert of the vertical from its mentions and corrections (after a correction, or to repair). */
  public void rebuildAll(String verticalId) {
    withLock(verticalId, () -> {
      Set<String> names = QuarkusTransaction.requiringNew().call(() -> new LinkedHashSet<>(Mention.getEntityManager()
          .createQuery("select distinct m.nameKey from Mention m where m.verticalId = ?1", String.class)
          .setParameter(1, verticalId).getResultList()));
      Publication p = QuarkusTransaction.requiringNew().call(() -> Jdbc.with(db, c -> rebuild(c, verticalId, names, List.of())));
      // Records no mention points at any more (merged away, or their evidence was re-attributed).
      List<String> orphans = QuarkusTransaction.requiringNew().call(() -> {
        List<String> ids = Expert.getEntityManager().createQuery("select e.id from Expert e where e.verticalId = ?1"
            + " and not exists (select 1 from Mention m where m.expertId = e.id)", String.class)
            .setParameter(1, verticalId).getResultList();
        if (!ids.isEmpty()) Expert.delete("id in ?1", ids);
        return ids;
      });
      p.deletes.addAll(orphans);
      return p;
    });
  }

  private record Publication(List<KbDocument> upserts, List<String> deletes) {}

  private void withLock(String verticalId, java.util.function.Supplier<Publication> work) {
    ReentrantLock lock = locks.computeIfAbsent(verticalId, k -> new ReentrantLock());
    lock.lock();
    try {
      Publication p = work.get();
      // The database is committed: now the index (a cache) follows.
      if (!p.upserts.isEmpty()) documents.upsert(p.upserts);
      if (!p.deletes.isEmpty()) documents.delete(p.deletes);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Re-assigns the mentions of these names to experts and rewrites the affected records, within the caller's
   * transaction on {@code c}; answers what the index must then take. Only changed attributions are written.
   * {@code fresh} are mentions of these names not stored yet: they are attributed with the stored ones, as if
   * inserted before (after them in id order, as their identity keys will be), then inserted with their expert.
   */
  private Publication rebuild(Connection c, String verticalId, Collection<String> nameKeys, List<Mention> fresh)
      throws SQLException {
    List<Correction> corrections = ExpertTables.corrections(c, verticalId);
    Map<String, List<Mention>> groups = new LinkedHashMap<>();
    for (String nameKey : nameKeys) groups.put(nameKey, new ArrayList<>());
    for (Mention m : ExpertTables.byNames(c, verticalId, nameKeys)) groups.get(m.nameKey).add(m);
    for (Mention m : fresh) {
      m.roundTimesAsStored();
      groups.get(m.nameKey).add(m);
    }
    Set<String> affected = new LinkedHashSet<>();
    List<Mention> moved = new ArrayList<>();
    Map<String, List<Mention>> byExpert = new HashMap<>();
    Set<Long> loaded = new HashSet<>();
    for (List<Mention> group : groups.values()) {
      List<String> raw = Clusters.assign(verticalId, group);
      for (int i = 0; i < group.size(); i++) {
        Mention m = group.get(i);
        String id = corrected(raw.get(i), m, corrections);
        if (m.expertId != null) affected.add(m.expertId);
        affected.add(id);
        if (m.id != null && !id.equals(m.expertId)) moved.add(m);
        m.expertId = id;
        byExpert.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
      }
    }
    ExpertTables.insert(c, fresh);
    for (List<Mention> group : groups.values()) for (Mention m : group) loaded.add(m.id);
    ExpertTables.attribute(c, moved);
    // Mentions of other names attributed to an affected record (an editor's merge): read only those not in hand.
    Set<Long> others = ExpertTables.idsByExperts(c, affected);
    others.removeAll(loaded);
    if (!others.isEmpty()) {
      for (Mention m : ExpertTables.byIds(c, others)) byExpert.computeIfAbsent(m.expertId, k -> new ArrayList<>()).add(m);
    }
    // In id order, as first seen: ties in the merge (the most common name, affiliation…) go to the earliest.
    for (List<Mention> ms : byExpert.values()) ms.sort(Comparator.comparing((Mention m) -> m.id));
    Set<String> existing = Jdbc.existing(c, "expert", "id", affected);
    Publication p = new Publication(new ArrayList<>(), new ArrayList<>());
    List<Expert> saved = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    Instant now = Instant.now();
    for (String id : affected) {
      List<Mention> ms = byExpert.getOrDefault(id, List.of());
      Expert e = build(id, verticalId, corrections, now, ms);
      if (e == null) {
        if (existing.contains(id)) gone.add(id);
      } else {
        saved.add(e);
      }
      if (e == null || e.hidden) p.deletes.add(id);
      if (e != null && !e.hidden) p.upserts.add(document(e, ms));
    }
    ExpertTables.save(c, saved, existing);
    ExpertTables.deleteExperts(c, gone);
    return p;
  }

  /** Where the editors' splits and merges, in the order they were made, send a mention. */
  private String corrected(String rawId, Mention m, List<Correction> corrections) {
    String id = rawId;
    for (Correction c : corrections) {
      if (Correction.SPLIT.equals(c.kind) && c.expertId.equals(id) && readList(c.payload).contains(m.documentId)) {
        id = c.otherId;
      } else if (Correction.MERGE.equals(c.kind) && id.equals(c.otherId)) {
        id = c.expertId;
      }
    }
    return id;
  }

  /** Builds the record (every field) from its mentions and corrections; null when no mention is left. */
  private Expert build(String id, String verticalId, List<Correction> corrections, Instant now, List<Mention> ms) {
    if (ms.isEmpty()) return null;
    Expert e = new Expert();
    e.id = id;
    e.verticalId = verticalId;
    e.name = mostCommon(ms, m -> m.name, true);
    List<Mention> recentFirst = ms.stream().sorted(Comparator.comparing((Mention m) -> m.date == null ? Instant.EPOCH : m.date).reversed()).toList();
    e.jobTitle = recentFirst.stream().map(m -> m.jobTitle).filter(s -> s != null && !s.isBlank()).findFirst().orElse(null);
    e.affiliation = mostCommon(ms, m -> m.affiliation, false);
    e.profileUrl = mostCommon(ms, m -> m.profileUrl, false);
    Mention placed = mostCommonMention(ms.stream().filter(m -> m.lat != null).toList(), m -> m.placeName + "|" + m.country);
    // A place no gazetteer resolves (none loaded offline, or a village it lacks) is still worth showing as written.
    e.location = placed == null ? mostCommon(ms, m -> m.location, false) : placed.placeName;
    e.region = placed == null ? null : placed.region;
    e.country = placed == null ? null : placed.country;
    e.lat = placed == null ? null : placed.lat;
    e.lon = placed == null ? null : placed.lon;
    e.topics = String.join(",", topics(ms));
    e.score = ExpertScore.of(ms, config, now);
    e.evidenceCount = ms.size();
    e.lastSeen = recentFirst.get(0).date;
    e.hidden = false;
    for (Correction c : corrections) {
      if (!id.equals(c.expertId)) continue;
      switch (c.kind) {
        case Correction.HIDE -> e.hidden = true;
        case Correction.UNHIDE -> e.hidden = false;
        case Correction.EDIT -> applyEdit(e, readFields(c.payload));
        default -> { }
      }
    }
    e.updatedAt = now;
    return e;
  }

  private void applyEdit(Expert e, Map<String, String> f) {
    if (f.containsKey("name")) e.name = f.get("name");
    if (f.containsKey("jobTitle")) e.jobTitle = f.get("jobTitle");
    if (f.containsKey("affiliation")) e.affiliation = f.get("affiliation");
    if (f.containsKey("location")) {
      e.location = f.get("location");
      e.region = f.get("region");
      e.country = f.get("country");
      e.lat = f.get("lat") == null ? null : Double.valueOf(f.get("lat"));
      e.lon = f.get("lon") == null ? null : Double.valueOf(f.get("lon"));
    }
  }

  /** Topic ids with at least the configured share of the expert's topic weight, best first. */
  private List<String> topics(List<Mention> ms) {
    Map<String, Double> sum = new LinkedHashMap<>();
    for (Mention m : ms) {
      Map<String, Double> w = TopicWeights.decode(m.topics);
      double total = w.values().stream().mapToDouble(Double::doubleValue).sum();
      // Each piece of evidence shares out one unit, so one long page cannot outweigh many short ones.
      for (Map.Entry<String, Double> t : w.entrySet()) sum.merge(t.getKey(), t.getValue() / total, Double::sum);
    }
    double all = sum.values().stream().mapToDouble(Double::doubleValue).sum();
    return sum.entrySet().stream()
        .filter(t -> t.getValue() / all >= config.topicMinShare())
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey).toList();
  }

  private static String mostCommon(List<Mention> ms, Function<Mention, String> field, boolean preferLonger) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Mention m : ms) {
      String v = field.apply(m);
      if (v != null && !v.isBlank()) counts.merge(v.strip(), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparingInt(en -> preferLonger ? en.getKey().length() : 0))
        .map(Map.Entry::getKey).orElse(null);
  }

  private static Mention mostCommonMention(List<Mention> ms, Function<Mention, String> key) {
    Map<String, List<Mention>> by = ms.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    return by.values().stream().max(Comparator.comparingInt(List::size)).map(l -> l.get(l.size() - 1)).orElse(null);
  }

  /** The evidence of an expert, strongest first: recent, authoritative and on-topic pieces lead. */
  List<Evidence> evidence(String expertId, int limit, Instant now) {
    return evidence(Mention.<Mention>list("expertId", expertId), limit, now);
  }

  private List<Evidence> evidence(List<Mention> ms, int limit, Instant now) {
    return ms.stream()
        .sorted(Comparator.comparingDouble((Mention m) -> -strength(m, now)).thenComparing(m -> m.id))
        .limit(limit)
        .map(m -> new Evidence(m.documentId, m.url, m.role, m.date, m.title, m.sourceId))
        .toList();
  }

  private double strength(Mention m, Instant now) {
    double onTopic = m.topics == null || m.topics.isBlank() ? 1 : 2;
    return (m.authority + Double.MIN_VALUE) * onTopic * ExpertScore.recency(m.date, now, config.recencyHalfLife());
  }

  /** The record as a document; {@code ms} are all its mentions. */
  KbDocument document(Expert e, List<Mention> ms) {
    List<Evidence> ev = evidence(ms, config.evidenceShown(), Instant.now());
    String summary = String.join(", ", nonBlank(e.jobTitle, e.affiliation, e.location));
    StringBuilder text = new StringBuilder(e.name);
    if (!summary.isEmpty()) text.append(" — ").append(summary);
    for (Evidence x : ev) text.append('\n').append(x.role()).append(": ").append(x.title() == null ? x.url() : x.title());
    List<String> topics = e.topics == null || e.topics.isBlank() ? List.of() : List.of(e.topics.split(","));
    KbDocument.Place place = e.lat == null && e.country == null ? null
        : new KbDocument.Place(e.location, e.location, e.region, e.country, e.lat, e.lon);
    String url = e.profileUrl != null ? e.profileUrl : ev.isEmpty() ? null : ev.get(0).url();
    return new KbDocument(e.id, url, KbDocument.Types.EXPERT, e.name, text.toString(), summary.isEmpty() ? null : summary,
        List.of(), e.lastSeen, e.updatedAt, null, null, List.of(e.verticalId), topics, List.of(), place, null,
        new KbDocument.Person(e.name, e.jobTitle, e.affiliation, e.profileUrl, e.score), null, null, null, null, null,
        null);
  }

  private static List<String> nonBlank(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) if (v != null && !v.isBlank()) out.add(v);
    return out;
  }

  // --- Corrections -----------------------------------------------------------------------------------------------

  /** Records a correction and rebuilds the vertical so that it takes effect (and keeps taking effect). */
  Correction correct(String verticalId, String kind, String expertId, String otherId, Object payload, String user) {
    Correction c = QuarkusTransaction.requiringNew().call(() -> {
      Correction x = new Correction();
      x.verticalId = verticalId;
      x.kind = kind;
      x.expertId = expertId;
      x.otherId = otherId;
      x.payload = payload == null ? null : write(payload);
      x.createdBy = user;
      x.createdAt = Instant.now();
      x.persist();
      return x;
    });
    rebuildAll(verticalId);
    return c;
  }

  /** Marks a correction undone and rebuilds; the record of it stays. */
  void undo(Correction c) {
    QuarkusTransaction.requiringNew().run(() -> Correction.update("undone = true where id = ?1", c.id));
    rebuildAll(c.verticalId);
  }

  Map<String, String> readFields(String payload) {
    try {
      return payload == null ? Map.of() : json.readValue(payload, FIELDS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt correction payload: " + payload, e);
    }
  }

  List<String> readList(String payload) {
    try {
      return payload == null ? List.of() : json.readValue(payload, STRINGS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("corrupt correction payload: " + payload, e);
    }
  }

  private String write(Object o) {
    try {
      return json.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot store " + o, e);
    }
  }

  // --- Reading ---------------------------------------------------------------------------------------------------

  /** The visible experts of the vertical, best first, optionally filtered by topic and area. */
  List<Expert> visible(String verticalId, String topic, List<Areas.Area> areas) {
    List<Expert> all = Expert.list("verticalId = ?1 and hidden = false order by score desc, name", verticalId);
    return all.stream()
        .filter(e -> topic == null || (e.topics != null && List.of(e.topics.split(",")).contains(topic)))
        .filter(e -> areas == null || Areas.inAny(areas, e.lat, e.lon, e.country))
        .toList();
  }

  public ExpertView view(Expert e, int evidenceLimit, boolean showHidden) {
    List<String> topics = e.topics == null || e.topics.isBlank() ? List.of() : List.of(e.topics.split(","));
    ExpertView.Place place = e.lat == null && e.country == null ? null
        : new ExpertView.Place(e.location, e.region, e.country, e.lat, e.lon);
    return new ExpertView(e.id, e.verticalId, e.name, e.jobTitle, e.affiliation, e.location, place, e.profileUrl,
        topics, e.score, e.evidenceCount, e.lastSeen, evidence(e.id, evidenceLimit, Instant.now()),
        showHidden ? e.hidden : null);
  }


}
