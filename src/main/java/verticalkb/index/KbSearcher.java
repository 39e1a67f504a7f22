package verticalkb.index;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;

/**
 * A searcher over one point-in-time reader, carrying what is costly to build per reader and cheap to share:
 * the facet ordinals state (built once per refresh, as the Lucene facet docs advise, never per query), and what other
 * features build once per searcher through {@link #shared}.
 */
public final class KbSearcher extends IndexSearcher {

  private final SortedSetDocValuesReaderState facetState;
  private final LuceneIndex index;
  private final ConcurrentHashMap<Object, Object> shared = new ConcurrentHashMap<>();

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

  /**
   * What {@code build} makes of this searcher, built on the first call with this {@code key} and reused by every later
   * one until the searcher is replaced by a refresh (the search feature's highlighters, tied to one searcher).
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, Function<KbSearcher, T> build) {
    return (T) shared.computeIfAbsent(key, k -> build.apply(this));
  }

  /** The index (schema, analysis) this searcher reads. */
  public LuceneIndex index() {
    return index;
  }
}
