package verticalkb.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import verticalkb.Jdbc;

/**
 * The store of documents: upserts and deletes commit to the database first (the truth), then tell every
 * {@link DocumentListener} (the index). Safe to call from any thread; each call is its own transaction.
 */
@ApplicationScoped
public class Documents {

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
  private final AgroalDataSource db;
  private final Instance<DocumentListener> listeners;
  private final Instance<ClusterCoverage> clusters;

  Documents(ObjectMapper json, AgroalDataSource db, Instance<DocumentListener> listeners, Instance<ClusterCoverage> clusters) {
    this.json = json;
    this.db = db;
    this.listeners = listeners;
    this.clusters = clusters;
  }

  /**
   * Inserts or replaces the documents by id: one query finds which exist (per {@value Jdbc#IN_LIST} ids, the ids
   * alone), then the inserts and updates go out as JDBC batches, all in one transaction. The other members of
   * duplicate clusters the batch changed get their coverage rewritten in that transaction and are told to the
   * listeners with the batch (so the index takes them in one batch).
   */
  public void upsert(List<KbDocument> documents) {
    if (documents.isEmpty()) return;
    Map<String, Integer> coverage = clusters().beforeStore(documents);
    Instant now = Instant.now();
    List<KbDocument> told = new ArrayList<>(documents.size());
    Map<String, Integer> written = new HashMap<>();
    QuarkusTransaction.requiringNew().run(() -> Jdbc.with(db, c -> {
      Set<String> ids = new LinkedHashSet<>();
      for (KbDocument d : documents) ids.add(d.id());
      Set<String> present = Jdbc.existing(c, "document", "id", ids);
      try (PreparedStatement ins = c.prepareStatement("insert into document (url, type, title, source_id, published,"
              + " content_hash, body, updated_at, id) values " + Jdbc.markers(9));
          PreparedStatement upd = c.prepareStatement("update document set url = ?, type = ?, title = ?, source_id = ?,"
              + " published = ?, content_hash = ?, body = ?, updated_at = ? where id = ?")) {
        int inserts = 0, updates = 0;
        for (KbDocument given : documents) {
          Integer size = coverage.get(given.id());
          KbDocument d = size == null ? given : given.withCoverage(size);
          if (size != null) written.put(d.id(), size);
          told.add(d);
          // A second copy of an id in the batch updates the first: inserts run before updates.
          PreparedStatement ps = present.add(d.id()) ? ins : upd;
          ps.setString(1, d.url());
          ps.setString(2, d.type());
          ps.setString(3, d.title());
          ps.setString(4, d.source());
          ps.setObject(5, Jdbc.time(d.published()));
          ps.setString(6, d.contentHash());
          ps.setString(7, write(d));
          ps.setObject(8, Jdbc.time(now));
          ps.setString(9, d.id());
          ps.addBatch();
          if (ps == ins) inserts++;
          else updates++;
        }
        if (inserts > 0) ins.executeBatch();
        if (updates > 0) upd.executeBatch();
      }
      told.addAll(rewriteCoverage(c, coverage, ids, now, written));
      return null;
    }));
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
    long n = QuarkusTransaction.requiringNew().call(() -> Jdbc.with(db, c -> {
      Set<String> gone = new LinkedHashSet<>(ids);
      long deleted = 0;
      for (List<String> chunk : Jdbc.chunks(gone)) {
        try (PreparedStatement ps = c.prepareStatement("delete from document where id in " + Jdbc.markers(chunk.size()))) {
          Jdbc.bind(ps, 1, chunk);
          deleted += ps.executeUpdate();
        }
      }
      rewritten.addAll(rewriteCoverage(c, coverage, gone, Instant.now(), written));
      return deleted;
    }));
    clusters().written(written);
    for (DocumentListener l : listeners) l.deleted(ids);
    if (!rewritten.isEmpty()) for (DocumentListener l : listeners) l.stored(rewritten);
    return n;
  }

  /**
   * Sets the new coverage on the stored members not in {@code skip} (reading only their bodies); answers those whose
   * coverage changed.
   */
  private List<KbDocument> rewriteCoverage(Connection c, Map<String, Integer> coverage, Set<String> skip, Instant now,
      Map<String, Integer> written) throws SQLException {
    List<String> members = coverage.keySet().stream().filter(id -> !skip.contains(id)).toList();
    List<KbDocument> rewritten = new ArrayList<>();
    if (members.isEmpty()) return rewritten;
    for (List<String> chunk : Jdbc.chunks(members)) {
      try (PreparedStatement ps = c.prepareStatement("select id, body from document where id in " + Jdbc.markers(chunk.size()))) {
        Jdbc.bind(ps, 1, chunk);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            Integer size = coverage.get(id);
            if (written.put(id, size) != null) continue; // a padded chunk repeats its last id
            KbDocument d = read(rs.getString(2));
            if (!size.equals(d.coverage())) rewritten.add(d.withCoverage(size));
          }
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement("update document set body = ?, updated_at = ? where id = ?")) {
      for (KbDocument d : rewritten) {
        ps.setString(1, write(d));
        ps.setObject(2, Jdbc.time(now));
        ps.setString(3, d.id());
        ps.addBatch();
      }
      if (!rewritten.isEmpty()) ps.executeBatch();
    }
    return rewritten;
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
