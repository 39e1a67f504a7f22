package verticalkb.document;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The size of each document's duplicate cluster (its {@code coverage}), asked by {@link Documents} so that a cluster
 * that grows or shrinks gets the new size written on every member, in the same transaction and index batch as the
 * change. Answers only the documents whose stored coverage may differ, so that unchanged clusters cost nothing.
 */
public interface ClusterCoverage {

  /** Coverage (id to cluster size) for the batch about to be stored and for the other members of changed clusters. */
  Map<String, Integer> beforeStore(List<KbDocument> batch);

  /** Coverage for the remaining members of the clusters these documents (about to be deleted) leave. */
  Map<String, Integer> beforeDelete(Collection<String> ids);

  /** Told the coverage that was written (only documents that exist are). */
  void written(Map<String, Integer> coverage);
}
