package verticalkb.classify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
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
 * as coverage. Fingerprints persist in the {@code fingerprint} table and are forgotten when documents are deleted.
 * Never throws for one document: on any failure it answers the document unchanged.
 */
@ApplicationScoped
public class DocumentClassifier implements DocumentEnricher, DocumentListener {

  private static final Logger LOG = Logger.getLogger(DocumentClassifier.class);
  private static final int BANDS = 4;

  private final ClassifyConfig config;
  private final TopicTagger tagger;
  private volatile CatalogueSnapshot catalogue;

  /** The verticals' topics and accounts as last read. */
  record CatalogueSnapshot(Instant readAt, Map<String, List<Topic>> topics, Map<String, List<Account>> accounts) {}

  DocumentClassifier(ClassifyConfig config) {
    this.config = config;
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
    for (String v : verticals) {
      topics.addAll(tagger.topics(d.title(), d.text(), cat.topics().getOrDefault(v, List.of())));
      accounts.addAll(TopicTagger.accounts(d.title(), d.text(), d.url(), cat.accounts().getOrDefault(v, List.of())));
    }
    String text = d.text() == null || d.text().isBlank() ? d.title() : d.text();
    String hash = SimHash.contentHash(text);
    Long simhash = null;
    if (hash != null && SimHash.words(SimHash.normalise(text)).size() >= config.nearDuplicateMinWords()) {
      simhash = SimHash.of(text);
    }
    String clusterId = null;
    Integer coverage = null;
    if (hash != null || d.canonicalUrl() != null) {
      Long s = simhash;
      String[] result = QuarkusTransaction.requiringNew().call(() -> cluster(d, hash, s));
      clusterId = result[0];
      coverage = Integer.valueOf(result[1]);
    }
    return new KbDocument(d.id(), d.url(), d.type(), d.title(), d.text(), d.summary(), d.authors(), d.published(),
        d.modified(), d.language(), d.source(), d.verticals(), new ArrayList<>(topics), new ArrayList<>(accounts),
        d.place(), d.event(), d.person(), d.canonicalUrl(), hash, simhash, clusterId, coverage, d.authority());
  }

  /** Finds the document's cluster and records its fingerprint; answers {clusterId, coverage}. */
  private String[] cluster(KbDocument d, String hash, Long simhash) {
    String clusterId = null;
    if (d.canonicalUrl() != null) clusterId = clusterOf("canonicalUrl = ?1 and documentId <> ?2", d.canonicalUrl(), d.id());
    if (clusterId == null && hash != null) clusterId = clusterOf("contentHash = ?1 and documentId <> ?2", hash, d.id());
    if (clusterId == null && simhash != null) clusterId = nearest(d.id(), simhash);
    Fingerprint f = Fingerprint.findById(d.id());
    boolean created = f == null;
    if (created) {
      f = new Fingerprint();
      f.documentId = d.id();
      f.createdAt = Instant.now();
    }
    f.simhash = simhash;
    f.band0 = simhash == null ? null : SimHash.band(simhash, 0);
    f.band1 = simhash == null ? null : SimHash.band(simhash, 1);
    f.band2 = simhash == null ? null : SimHash.band(simhash, 2);
    f.band3 = simhash == null ? null : SimHash.band(simhash, 3);
    f.contentHash = hash;
    f.canonicalUrl = d.canonicalUrl();
    f.sourceId = d.source();
    f.clusterId = clusterId != null ? clusterId : d.id();
    if (created) f.persist();
    Fingerprint.getEntityManager().flush();
    long size = Fingerprint.count("clusterId", f.clusterId);
    return new String[] {f.clusterId, String.valueOf(size)};
  }

  private static String clusterOf(String query, Object... params) {
    List<Fingerprint> found = Fingerprint.find(query, params).page(0, 1).list();
    return found.isEmpty() ? null : found.get(0).clusterId;
  }

  /** The cluster of the closest fingerprint within the configured distance, found through the band index. */
  private String nearest(String id, long simhash) {
    String best = null;
    int bestDistance = config.nearDuplicateDistance() + 1;
    for (int b = 0; b < BANDS; b++) {
      List<Fingerprint> candidates = Fingerprint.find("band" + b + " = ?1 and documentId <> ?2", SimHash.band(simhash, b), id)
          .page(0, config.maxCandidates()).list();
      for (Fingerprint c : candidates) {
        if (c.simhash == null) continue;
        int dist = SimHash.distance(simhash, c.simhash);
        if (dist < bestDistance) {
          bestDistance = dist;
          best = c.clusterId;
        }
      }
    }
    return best;
  }

  @Override
  public void stored(List<KbDocument> documents) {
    // fingerprints are recorded as documents are enriched
  }

  @Override
  public void deleted(Collection<String> ids) {
    if (ids.isEmpty()) return;
    try {
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
