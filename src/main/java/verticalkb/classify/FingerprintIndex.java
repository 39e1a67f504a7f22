package verticalkb.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fingerprints of all stored documents held in memory, so that finding a document's duplicate cluster (same
 * canonical URL, same content hash, or a SimHash within a few bits through the four 16-bit bands) costs hash look-ups
 * instead of database queries. The {@code fingerprint} table stays the truth: this index is filled from it once and
 * kept in step by {@link DocumentClassifier}. It also remembers the coverage last stored on each member, so that when
 * a cluster grows or shrinks the members whose stored coverage went stale can be named without reading them.
 * Thread-safe (one lock: every operation is a few map look-ups).
 */
final class FingerprintIndex {

  private static final int BANDS = 4;

  /** One document's fingerprint as the index keeps it. */
  record Entry(String documentId, Long simhash, String contentHash, String canonicalUrl, String clusterId) {}

  /** What {@link #assign} found: the document's cluster and how many documents it has, this one included. */
  record Assignment(String clusterId, int coverage) {}

  /** What {@link #stale} found: coverage to write per document id, and whether the cap left clusters for later. */
  record StaleCoverage(Map<String, Integer> coverage, boolean capped) {}

  /** Stored coverage of a document loaded from the database: not recorded there, so assumed stale once its cluster changes. */
  private static final int UNKNOWN = 0;

  private final Map<String, Entry> byDocument = new HashMap<>();
  private final Map<String, Set<String>> byCanonical = new HashMap<>();
  private final Map<String, Set<String>> byHash = new HashMap<>();
  private final List<Map<Integer, Set<String>>> bands = new ArrayList<>(BANDS);
  private final Map<String, Set<String>> members = new HashMap<>();
  /** Coverage last stored per document; a document assigned but not yet stored has none (its own batch writes it). */
  private final Map<String, Integer> storedCoverage = new HashMap<>();
  /** Clusters whose size changed since their members' coverage was last brought up to date. */
  private final Set<String> changed = new LinkedHashSet<>();
  private final int maxDistance;
  private final int maxCandidates;

  FingerprintIndex(int maxDistance, int maxCandidates) {
    this.maxDistance = maxDistance;
    this.maxCandidates = maxCandidates;
    for (int b = 0; b < BANDS; b++) bands.add(new HashMap<>());
  }

  /** Adds a fingerprint read from the database as it is (its cluster already decided). */
  synchronized void load(Entry e) {
    remove(e.documentId());
    add(e);
    // Loading changes no cluster: only a later join or leave makes its members' coverage worth rewriting.
    changed.remove(e.clusterId());
    storedCoverage.put(e.documentId(), UNKNOWN);
  }

  /**
   * Finds the cluster of a document (replacing what the index knew of it) and records it: the cluster of another
   * document with the same canonical URL, else with the same content hash, else of the nearest SimHash within the
   * configured distance, else a cluster of its own.
   */
  synchronized Assignment assign(String documentId, Long simhash, String contentHash, String canonicalUrl) {
    remove(documentId);
    String cluster = null;
    if (canonicalUrl != null) cluster = clusterOfAny(byCanonical.get(canonicalUrl));
    if (cluster == null && contentHash != null) cluster = clusterOfAny(byHash.get(contentHash));
    if (cluster == null && simhash != null) cluster = nearest(simhash);
    Entry e = new Entry(documentId, simhash, contentHash, canonicalUrl, cluster != null ? cluster : documentId);
    add(e);
    return new Assignment(e.clusterId(), members.get(e.clusterId()).size());
  }

  /** Forgets the documents. */
  synchronized void removeAll(Collection<String> documentIds) {
    for (String id : documentIds) {
      remove(id);
      storedCoverage.remove(id);
    }
  }

  /**
   * The coverage to write now: every known document of {@code batch} (about to be stored) gets its cluster's size,
   * and so does every stored member of a changed cluster whose stored coverage differs, up to {@code cap} such
   * members per call (clusters past the cap stay changed for the next call). Clusters it covers are no longer changed.
   */
  synchronized StaleCoverage stale(Collection<String> batch, int cap) {
    Map<String, Integer> out = new LinkedHashMap<>();
    Set<String> clusters = new LinkedHashSet<>();
    for (String id : batch) {
      Entry e = byDocument.get(id);
      if (e == null) continue;
      clusters.add(e.clusterId());
      out.put(id, members.get(e.clusterId()).size());
    }
    clusters.addAll(changed);
    int rewrites = 0;
    boolean capped = false;
    for (String cluster : clusters) {
      Set<String> ids = members.getOrDefault(cluster, Set.of());
      List<String> staleMembers = new ArrayList<>();
      for (String id : ids) {
        Integer stored = storedCoverage.get(id);
        if (!out.containsKey(id) && stored != null && stored != ids.size()) staleMembers.add(id);
      }
      if (rewrites + staleMembers.size() > cap) {
        capped = true;
        changed.add(cluster);
        continue;
      }
      rewrites += staleMembers.size();
      for (String id : staleMembers) out.put(id, ids.size());
      changed.remove(cluster);
    }
    return new StaleCoverage(out, capped);
  }

  /**
   * Records the coverage just stored. A cluster whose size moved since {@link #stale} answered (another batch ran
   * in between) is marked changed again, so that the next call brings it up to date.
   */
  synchronized void stored(Map<String, Integer> coverage) {
    coverage.forEach((id, n) -> {
      Entry e = byDocument.get(id);
      if (e == null) return;
      storedCoverage.put(id, n);
      if (members.get(e.clusterId()).size() != n) changed.add(e.clusterId());
    });
  }

  synchronized int size() {
    return byDocument.size();
  }

  private String clusterOfAny(Set<String> ids) {
    if (ids == null) return null;
    for (String id : ids) return byDocument.get(id).clusterId();
    return null;
  }

  /** The cluster of the closest fingerprint within the distance, among those sharing a band (at most maxCandidates per band). */
  private String nearest(long simhash) {
    String best = null;
    int bestDistance = maxDistance + 1;
    for (int b = 0; b < BANDS; b++) {
      Set<String> ids = bands.get(b).get(SimHash.band(simhash, b));
      if (ids == null) continue;
      int seen = 0;
      for (Iterator<String> it = ids.iterator(); it.hasNext() && seen < maxCandidates; seen++) {
        Entry c = byDocument.get(it.next());
        int d = SimHash.distance(simhash, c.simhash());
        if (d < bestDistance) {
          bestDistance = d;
          best = c.clusterId();
        }
      }
    }
    return best;
  }

  private void add(Entry e) {
    byDocument.put(e.documentId(), e);
    if (e.canonicalUrl() != null) byCanonical.computeIfAbsent(e.canonicalUrl(), k -> new LinkedHashSet<>()).add(e.documentId());
    if (e.contentHash() != null) byHash.computeIfAbsent(e.contentHash(), k -> new LinkedHashSet<>()).add(e.documentId());
    if (e.simhash() != null) {
      for (int b = 0; b < BANDS; b++) {
        bands.get(b).computeIfAbsent(SimHash.band(e.simhash(), b), k -> new LinkedHashSet<>()).add(e.documentId());
      }
    }
    members.computeIfAbsent(e.clusterId(), k -> new LinkedHashSet<>()).add(e.documentId());
    changed.add(e.clusterId());
  }

  private void remove(String documentId) {
    Entry e = byDocument.remove(documentId);
    if (e == null) return;
    if (e.canonicalUrl() != null) removeFrom(byCanonical, e.canonicalUrl(), documentId);
    if (e.contentHash() != null) removeFrom(byHash, e.contentHash(), documentId);
    if (e.simhash() != null) {
      for (int b = 0; b < BANDS; b++) removeFrom(bands.get(b), SimHash.band(e.simhash(), b), documentId);
    }
    removeFrom(members, e.clusterId(), documentId);
    changed.add(e.clusterId());
  }

  private static <K> void removeFrom(Map<K, Set<String>> map, K key, String documentId) {
    Set<String> ids = map.get(key);
    if (ids == null) return;
    ids.remove(documentId);
    if (ids.isEmpty()) map.remove(key);
  }
}
