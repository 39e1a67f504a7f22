package verticalkb.classify;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import verticalkb.document.ClusterCoverage;
import verticalkb.document.KbDocument;

/**
 * Names the documents whose coverage a store or delete changes, from the in-memory {@link FingerprintIndex} (no
 * query): the batch itself and the other members of the clusters it joined or left, at most
 * {@code kb.classify.max-coverage-rewrites} of the latter per batch. Never throws: a failure leaves coverage as it was.
 */
@ApplicationScoped
public class CoverageKeeper implements ClusterCoverage {

  private static final Logger LOG = Logger.getLogger(CoverageKeeper.class);

  private final DocumentClassifier classifier;
  private final ClassifyConfig config;

  CoverageKeeper(DocumentClassifier classifier, ClassifyConfig config) {
    this.classifier = classifier;
    this.config = config;
  }

  @Override
  public Map<String, Integer> beforeStore(List<KbDocument> batch) {
    try {
      List<String> clustered = batch.stream().filter(d -> d.clusterId() != null).map(KbDocument::id).toList();
      return stale(clustered);
    } catch (RuntimeException e) {
      LOG.warnf(e, "classify: coverage of a batch of %d documents not brought up to date", batch.size());
      return Map.of();
    }
  }

  @Override
  public Map<String, Integer> beforeDelete(Collection<String> ids) {
    try {
      classifier.fingerprints().removeAll(ids);
      return stale(List.of());
    } catch (RuntimeException e) {
      LOG.warnf(e, "classify: coverage of the clusters of %d deleted documents not brought up to date", ids.size());
      return Map.of();
    }
  }

  @Override
  public void written(Map<String, Integer> coverage) {
    if (coverage.isEmpty()) return;
    try {
      classifier.fingerprints().stored(coverage);
    } catch (RuntimeException e) {
      LOG.warnf(e, "classify: coverage written on %d documents not recorded", coverage.size());
    }
  }

  private Map<String, Integer> stale(List<String> batch) {
    FingerprintIndex.StaleCoverage s = classifier.fingerprints().stale(batch, config.maxCoverageRewrites());
    if (s.capped()) {
      LOG.infof("classify: coverage rewrites capped at %d members this batch (kb.classify.max-coverage-rewrites); "
          + "the other changed clusters are rewritten with the next batches", config.maxCoverageRewrites());
    }
    return s.coverage();
  }
}
