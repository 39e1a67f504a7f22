package verticalkb.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The store of documents: upserts and deletes commit to the database first (the truth), then tell every
 * {@link DocumentListener} (the index). Safe to call from any thread; each call is its own transaction.
 */
@ApplicationScoped
public class Documents {

  /** Ids per existence query: well under every database's limit on bind parameters. */
  private static final int IN_LIST = 1000;

  /** Without a duplicate detector no document has a cluster, so there is no coverage to keep. */
  private static final ClusterCoverage NO_CLUSTERS = new ClusterCoverage() {
    @Override
    public Map<String, Integer> beforeStore(List<KbDocument> batch) {
      return Map.of();
    }

    @Override
    public Map<String, Integer> beforeDelete(Collection<String> ids) {
      return Map.of();
    }

    @Override
    public void written(Map<String, Integer> coverage) {}
  };

  private final ObjectMapper json;
  private final Instance<DocumentListener> listeners;
  private final Instance<ClusterCoverage> clusters;

  Documents(ObjectMapper json, Instance<DocumentListener> listeners, Instance<ClusterCoverage> clusters) {
    this.json = json;
    this.listeners = listeners;
    this.clusters = clusters;
  }

  /**
   * Inserts or replaces the documents by id: one query finds which exist (per {@value #IN_LIST} ids), then the
   * inserts and updates go out as JDBC batches (Hibernate's statement batching), all in one transaction. The same
   * query reads the other members of duplicate clusters the batch changed, whose coverage is rewritten in that
   * transaction and told to the listeners with the batch (so the index takes them in one batch).
   */
  public void upsert(List<KbDocument> documents) {
    if (documents.isEmpty()) return;
    Map<String, Integer> coverage = clusters().beforeStore(documents);
    Instant now = Instant.now();
    List<KbDocument> told = new ArrayList<>(documents.size());
    Map<String, Integer> written = new HashMap<>();
    QuarkusTransaction.requiringNew().run(() -> {
      Set<String> ids = new LinkedHashSet<>();
      for (KbDocument d : documents) ids.add(d.id());
      Map<String, StoredDocument> existing = find(union(ids, coverage.keySet()));
      for (KbDocument given : documents) {
        Integer size = coverage.get(given.id());
        KbDocument d = size == null ? given : given.withCoverage(size);
        if (size != null) written.put(d.id(), size);
        told.add(d);
        StoredDocument s = existing.get(d.id());
        boolean created = s == null;
        if (created) {
          s = new StoredDocument();
          s.id = d.id();
          existing.put(s.id, s);
        }
        s.url = d.url();
        s.type = d.type();
        s.title = d.title();
        s.sourceId = d.source();
        s.published = d.published();
        s.contentHash = d.contentHash();
        s.body = write(d);
        s.updatedAt = now;
        if (created) s.persist();
      }
      told.addAll(rewriteCoverage(existing, coverage, ids, now, written));
    });
    clusters().written(written);
    for (DocumentListener l : listeners) l.stored(told);
  }

  /**
   * Deletes the documents by id; answers how many existed. The other members of their duplicate clusters get the
   * smaller coverage in the same transaction, and the listeners are told of them after the deletion.
   */
  public long delete(Collection<String> ids) {
    if (ids.isEmpty()) return 0;
    Map<String, Integer> coverage = clusters().beforeDelete(ids);
    Map<String, Integer> written = new HashMap<>();
    List<KbDocument> rewritten = new ArrayList<>();
    long n = QuarkusTransaction.requiringNew().call(() -> {
      long deleted = StoredDocument.delete("id in ?1", ids);
      Set<String> gone = new HashSet<>(ids);
      List<String> members = coverage.keySet().stream().filter(id -> !gone.contains(id)).toList();
      rewritten.addAll(rewriteCoverage(find(members), coverage, gone, Instant.now(), written));
      return deleted;
    });
    clusters().written(written);
    for (DocumentListener l : listeners) l.deleted(ids);
    if (!rewritten.isEmpty()) for (DocumentListener l : listeners) l.stored(rewritten);
    return n;
  }

  /** Sets the new coverage on the stored members not in {@code skip}; answers those whose coverage changed. */
  private List<KbDocument> rewriteCoverage(Map<String, StoredDocument> existing, Map<String, Integer> coverage,
      Set<String> skip, Instant now, Map<String, Integer> written) {
    List<KbDocument> rewritten = new ArrayList<>();
    coverage.forEach((id, size) -> {
      StoredDocument s = existing.get(id);
      if (s == null || skip.contains(id)) return;
      written.put(id, size);
      KbDocument d = read(s.body);
      if (size.equals(d.coverage())) return;
      d = d.withCoverage(size);
      s.body = write(d);
      s.updatedAt = now;
      rewritten.add(d);
    });
    return rewritten;
  }

  /** The stored rows of these ids, one query per {@value #IN_LIST}; within the caller's transaction. */
  private static Map<String, StoredDocument> find(Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    Map<String, StoredDocument> found = new HashMap<>();
    for (int i = 0; i < all.size(); i += IN_LIST) {
      for (StoredDocument s : StoredDocument.<StoredDocument>list("id in ?1", all.subList(i, Math.min(all.size(), i + IN_LIST)))) {
        found.put(s.id, s);
      }
    }
    return found;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    if (b.isEmpty()) return a;
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private ClusterCoverage clusters() {
    return clusters.isResolvable() ? clusters.get() : NO_CLUSTERS;
  }

  public Optional<KbDocument> get(String id) {
    return QuarkusTransaction.joiningExisting().call(() -> {
      StoredDocument s = StoredDocument.findById(id);
      return s == null ? Optional.<KbDocument>empty() : Optional.of(read(s.body));
    });
  }

  /** One page of documents in id order, after {@code afterId} (null: from the start); for rebuilding caches. */
  public List<KbDocument> page(String afterId, int limit) {
    return QuarkusTransaction.requiringNew().call(() -> {
      List<StoredDocument> rows = afterId == null
          ? StoredDocument.<StoredDocument>find("order by id").page(0, limit).list()
          : StoredDocument.<StoredDocument>find("id > ?1 order by id", afterId).page(0, limit).list();
      return rows.stream().map(s -> read(s.body)).toList();
    });
  }

  /** How many documents are stored. */
  public long count() {
    return QuarkusTransaction.requiringNew().call(() -> StoredDocument.count());
  }

  KbDocument read(String body) {
    try {
      return json.readValue(body, KbDocument.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored document is not valid JSON", e);
    }
  }

  private String write(KbDocument d) {
    try {
      return json.writeValueAsString(d);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("document " + d.id() + " cannot be written as JSON", e);
    }
  }
}
