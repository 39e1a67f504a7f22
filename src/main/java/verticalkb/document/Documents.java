package verticalkb.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store of documents: upserts and deletes commit to the database first (the truth), then tell every
 * {@link DocumentListener} (the index). Safe to call from any thread; each call is its own transaction.
 */
@ApplicationScoped
public class Documents {

  /** Ids per existence query: well under every database's limit on bind parameters. */
  private static final int IN_LIST = 1000;

  private final ObjectMapper json;
  private final Instance<DocumentListener> listeners;

  Documents(ObjectMapper json, Instance<DocumentListener> listeners) {
    this.json = json;
    this.listeners = listeners;
  }

  /**
   * Inserts or replaces the documents by id: one query finds which exist (per {@value #IN_LIST} ids), then the
   * inserts and updates go out as JDBC batches (Hibernate's statement batching), all in one transaction.
   */
  public void upsert(List<KbDocument> documents) {
    if (documents.isEmpty()) return;
    Instant now = Instant.now();
    QuarkusTransaction.requiringNew().run(() -> {
      Map<String, StoredDocument> existing = new HashMap<>();
      List<String> ids = documents.stream().map(KbDocument::id).distinct().toList();
      for (int i = 0; i < ids.size(); i += IN_LIST) {
        for (StoredDocument s : StoredDocument.<StoredDocument>list("id in ?1", ids.subList(i, Math.min(ids.size(), i + IN_LIST)))) {
          existing.put(s.id, s);
        }
      }
      for (KbDocument d : documents) {
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
    });
    for (DocumentListener l : listeners) l.stored(documents);
  }

  /** Deletes the documents by id; answers how many existed. */
  public long delete(Collection<String> ids) {
    if (ids.isEmpty()) return 0;
    long n = QuarkusTransaction.requiringNew().call(() -> StoredDocument.delete("id in ?1", ids));
    for (DocumentListener l : listeners) l.deleted(ids);
    return n;
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
