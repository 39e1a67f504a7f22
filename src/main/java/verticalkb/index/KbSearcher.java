package verticalkb.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A searcher over one point-in-time reader, carrying what is costly to build per reader and cheap to share:
 * the facet ordinals state (built once per refresh, as the Lucene facet docs advise, never per query).
 */
public final class KbSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  private final LuceneIndex index;

  KbSearcher(IndexReader reader, Similarity similarity, LuceneIndex index) throws IOException {
    super(reader);
    setSimilarity(similarity);
    this.index = index;
    this.facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, index.mapper().facets()) : null;
  }

  private static boolean hasFacets(IndexReader reader) {
    return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo("$facets") != null);
  }

  /** Facet state of this reader, or null while no document has a facet value. */
  public SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  /** The index (schema, analysis) this searcher reads. */
  public LuceneIndex index() {
    return index;
  }
}
