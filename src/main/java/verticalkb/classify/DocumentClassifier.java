package verticalkb.classify;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import verticalkb.Jdbc;
import verticalkb.document.DocumentEnricher;
import verticalkb.document.DocumentListener;
import verticalkb.document.KbDocument;
import verticalkb.vertical.CatalogueModel.Account;
import verticalkb.vertical.CatalogueModel.Topic;
import verticalkb.vertical.Vertical;

/**
 * Enriches every document before it is stored: topics from its verticals' taxonomy keywords, the target accounts
 * it names, the content hash of its normalised text, its SimHash, and its duplicate cluster (same canonical URL,
 * same content hash, or a SimHash within {@code kb.classify.near-duplicate-distance} bits), with the cluster's size
 * as coverage. Clusters are found in a {@link FingerprintIndex} in memory (no database query per document), filled
 * from the {@code fingerprint} table on first use; fingerprints are persisted there when their documents are stored,
 * in one transaction per batch, and forgotten when documents are deleted. {@link CoverageKeeper} keeps the coverage
 * of earlier members current as their cluster grows or shrinks.
 * Never throws for one document: on any failure it answers the document unchanged.
 */
@ApplicationScoped
public class DocumentClassifier implements DocumentEnricher, DocumentListener {

  private static final Logger LOG = Logger.getLogger(DocumentClassifier.class);
  /** Fingerprints read per query when the in-memory index is filled. */
  private static final int LOAD_PAGE = 5000;

  private final ClassifyConfig config;
  private final AgroalDataSource db;
  private final TopicTagger tagger;
  private volatile CatalogueSnapshot catalogue;
  private volatile FingerprintIndex fingerprints;

  /** The verticals' topics and accounts as last read. */
  record CatalogueSnapshot(Instant readAt, Map<String, List<Topic>> topics, Map<String, List<Account>> accounts) {}

  DocumentClassifier(ClassifyConfig config, AgroalDataSource db) {
    this.config = config;
    this.db = db;
    this.tagger = new TopicTagger(config.topicMinHits());
  }

  @Override
  public KbDocument enrich(KbDocument d) {
    try {
      return classify(d);
    } catch (RuntimeException e) {
      LOG.warnf(e, "classify: document %s left unclassified", d.id());
      return d;
    }
  }

  private KbDocument classify(KbDocument d) {
    CatalogueSnapshot cat = catalogue();
    Collection<String> verticals = d.verticals() == null || d.verticals().isEmpty() ? cat.topics().keySet() : d.verticals();
    Set<String> topics = new LinkedHashSet<>(d.topics() == null ? List.of() : d.topics());
    Set<String> accounts = new LinkedHashSet<>(d.accounts() == null ? List.of() : d.accounts());
    // The text is normalised once here: tagging, the content hash and the SimHash all read the same form.
    String title = SimHash.normalise(d.title());
    String body = SimHash.normalise(d.text());
    for (String v : verticals) {
      topics.addAll(tagger.topicsOfNormalised(title, body, cat.topics().getOrDefault(v, List.of())));
      accounts.addAll(TopicTagger.accountsOfNormalised(title, body, d.text(), d.url(), cat.accounts().getOrDefault(v, List.of())));
    }
    String text = d.text() == null || d.text().isBlank() ? title : body;
    String hash = SimHash.contentHashOfNormalised(text);
    Long simhash = null;
    List<String> words = hash == null ? List.of() : SimHash.words(text);
    if (hash != null && words.size() >= config.nearDuplicateMinWords()) simhash = SimHash.ofWords(words);
    String clusterId = null;
    Integer coverage = null;
    if (hash != null || d.canonicalUrl() != null) {
      FingerprintIndex.Assignment a = fingerprints().assign(d.id(), simhash, hash, d.canonicalUrl());
      clusterId = a.clusterId();
      coverage = a.coverage();
    }
    return new KbDocument(d.id(), d.url(), d.type(), d.title(), d.text(), d.summary(), d.authors(), d.published(),
        d.modified(), d.language(), d.source(), d.verticals(), new ArrayList<>(topics), new ArrayList<>(accounts),
        d.place(), d.event(), d.person(), d.canonicalUrl(), hash, simhash, clusterId, coverage, d.authority());
  }

  /** The in-memory fingerprints, read from the database on first use. */
  FingerprintIndex fingerprints() {
    FingerprintIndex f = fingerprints;
    if (f != null) return f;
    synchronized (this) {
      if (fingerprints == null) fingerprints = load();
      return fingerprints;
    }
  }

  private FingerprintIndex load() {
    FingerprintIndex index = new FingerprintIndex(config.nearDuplicateDistance(), config.maxCandidates());
    String after = "";
    while (true) {
      String from = after;
      List<Fingerprint> page = QuarkusTransaction.requiringNew().call(() ->
          Fingerprint.<Fingerprint>find("documentId > ?1 order by documentId", from).page(0, LOAD_PAGE).list());
      for (Fingerprint f : page) {
        index.load(new FingerprintIndex.Entry(f.documentId, f.simhash, f.contentHash, f.canonicalUrl, f.clusterId));
      }
      if (page.size() < LOAD_PAGE) break;
      after = page.getLast().documentId;
    }
    LOG.infof("classify: %d fingerprints loaded", index.size());
    return index;
  }

  /** Persists the fingerprints of stored documents (the index in memory has them since they were enriched). */
  @Override
  public void stored(List<KbDocument> documents) {
    Map<String, KbDocument> clustered = new java.util.LinkedHashMap<>();
    for (KbDocument d : documents) if (d.clusterId() != null) clustered.put(d.id(), d);
    if (clustered.isEmpty()) return;
    try {
      // Plain JDBC batches (a page's fingerprint is written with every stored batch): no entities, no dirty checks.
      QuarkusTransaction.requiringNew().run(() -> Jdbc.with(db, c -> {
        Set<String> present = Jdbc.existing(c, "fingerprint", "document_id", clustered.keySet());
        try (PreparedStatement ins = c.prepareStatement("insert into fingerprint (simhash, band0, band1, band2, band3,"
                + " content_hash, canonical_url, source_id, cluster_id, created_at, document_id) values " + Jdbc.markers(11));
            PreparedStatement upd = c.prepareStatement("update fingerprint set simhash = ?, band0 = ?, band1 = ?, band2 = ?,"
                + " band3 = ?, content_hash = ?, canonical_url = ?, source_id = ?, cluster_id = ? where document_id = ?")) {
          OffsetDateTime now = Jdbc.time(Instant.now());
          int inserts = 0, updates = 0;
          for (KbDocument d : clustered.values()) {
            boolean created = !present.contains(d.id());
            PreparedStatement ps = created ? ins : upd;
            Long simhash = d.simhash();
            if (simhash == null) ps.setNull(1, Types.BIGINT);
            else ps.setLong(1, simhash);
            for (int band = 0; band < SimHash.BANDS; band++) {
              if (simhash == null) ps.setNull(2 + band, Types.INTEGER);
              else ps.setInt(2 + band, SimHash.band(simhash, band));
            }
            ps.setString(6, d.contentHash());
            ps.setString(7, d.canonicalUrl());
            ps.setString(8, d.source());
            ps.setString(9, d.clusterId());
            int next = 10;
            if (created) ps.setObject(next++, now);
            ps.setString(next, d.id());
            ps.addBatch();
            if (created) inserts++;
            else updates++;
          }
          if (inserts > 0) ins.executeBatch();
          if (updates > 0) upd.executeBatch();
        }
        return null;
      }));
    } catch (RuntimeException e) {
      LOG.warnf(e, "classify: fingerprints of %d stored documents not persisted (they are known until a restart)", clustered.size());
    }
  }

  @Override
  public void deleted(Collection<String> ids) {
    if (ids.isEmpty()) return;
    try {
      fingerprints().removeAll(ids);
      QuarkusTransaction.requiringNew().run(() -> Fingerprint.delete("documentId in ?1", ids));
    } catch (RuntimeException e) {
      LOG.warnf(e, "classify: fingerprints of %d deleted documents not removed", ids.size());
    }
  }

  private CatalogueSnapshot catalogue() {
    CatalogueSnapshot c = catalogue;
    Instant now = Instant.now();
    if (c != null && c.readAt().plus(config.catalogueCacheTtl()).isAfter(now)) return c;
    c = QuarkusTransaction.joiningExisting().call(() -> {
      List<Vertical> all = Vertical.listAll();
      return new CatalogueSnapshot(now,
          all.stream().filter(v -> !v.retired).collect(Collectors.toMap(v -> v.id, v -> v.topics == null ? List.<Topic>of() : v.topics)),
          all.stream().filter(v -> !v.retired).collect(Collectors.toMap(v -> v.id, v -> v.accounts == null ? List.<Account>of() : v.accounts)));
    });
    catalogue = c;
    return c;
  }
}
