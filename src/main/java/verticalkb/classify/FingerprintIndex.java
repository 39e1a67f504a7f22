package verticalkb.classify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fingerprints of all stored documents held in memory, so that finding a document's duplicate cluster (same
 * canonical URL, same content hash, or a SimHash within a few bits through the four 16-bit bands) costs hash look-ups
 * instead of database queries. The {@code fingerprint} table stays the truth: this index is filled from it once and
 * kept in step by {@link DocumentClassifier}. Thread-safe (one lock: every operation is a few map look-ups).
 */
final class FingerprintIndex {

  private static final int BANDS = 4;

  /** One document's fingerprint as the index keeps it. */
  record Entry(String documentId, Long simhash, String contentHash, String canonicalUrl, String clusterId) {}

  /** What {@link #assign} found: the document's cluster and how many documents it has, this one included. */
  record Assignment(String clusterId, int coverage) {}

  private final Map<String, Entry> byDocument = new HashMap<>();
  private final Map<String, Set<String>> byCanonical = new HashMap<>();
  private final Map<String, Set<String>> byHash = new HashMap<>();
  private final List<Map<Integer, Set<String>>> bands = new ArrayList<>(BANDS);
  private final Map<String, Integer> clusterSizes = new HashMap<>();
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
    return new Assignment(e.clusterId(), clusterSizes.get(e.clusterId()));
  }

  /** Forgets the documents. */
  synchronized void removeAll(Collection<String> documentIds) {
    for (String id : documentIds) remove(id);
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
    clusterSizes.merge(e.clusterId(), 1, Integer::sum);
  }

  private void remove(String documentId) {
    Entry e = byDocument.remove(documentId);
    if (e == null) return;
    if (e.canonicalUrl() != null) removeFrom(byCanonical, e.canonicalUrl(), documentId);
    if (e.contentHash() != null) removeFrom(byHash, e.contentHash(), documentId);
    if (e.simhash() != null) {
      for (int b = 0; b < BANDS; b++) removeFrom(bands.get(b), SimHash.band(e.simhash(), b), documentId);
    }
    clusterSizes.computeIfPresent(e.clusterId(), (k, n) -> n <= 1 ? null : n - 1);
  }

  private static <K> void removeFrom(Map<K, Set<String>> map, K key, String documentId) {
    Set<String> ids = map.get(key);
    if (ids == null) return;
    ids.remove(documentId);
    if (ids.isEmpty()) map.remove(key);
  }
}
