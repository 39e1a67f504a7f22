package verticalkb.vertical;

import java.util.Map;

/**
 * What the search index holds per vertical; implemented by the index feature so that the catalogue can show it
 * without depending on Lucene.
 */
public interface IndexStatistics {

  /** Documents of a vertical in the index: the total and the count per type (publication, event, expert, ...). */
  record Counts(long documents, Map<String, Long> byType) {}

  Counts countsFor(String verticalId);
}
