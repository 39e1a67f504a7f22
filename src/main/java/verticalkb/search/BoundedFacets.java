package verticalkb.search;

import java.io.IOException;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;

/**
 * Collects the matches that facets are counted over, stopping after {@code limit} matches in index order (per
 * slice): facet counts of a query with more matches than {@code kb.search.track-total-hits} are lower bounds, as its
 * total is, and the query's cost stays bounded instead of visiting every match of a common word. Collects without
 * scores, so this pass never scores a document; the ranked top hits come from a separate pass that may skip.
 */
final class BoundedFacets extends FacetsCollectorManager {

  private final int limit;

  BoundedFacets(int limit) {
    super(false);
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    this.limit = limit;
  }

  @Override
  public FacetsCollector newCollector() {
    return new Collector(limit);
  }

  /** A facets collector that ends its collection after a number of documents. */
  private static final class Collector extends FacetsCollector {
    private final int limit;
    private int collected;

    Collector(int limit) {
      super(false);
      this.limit = limit;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      if (collected >= limit) throw new CollectionTerminatedException();
      super.doSetNextReader(context);
    }

    @Override
    public void collect(int doc) throws IOException {
      super.collect(doc);
      // IndexSearcher ends this leaf and still calls finish(), so the documents collected so far are kept.
      if (++collected >= limit) throw new CollectionTerminatedException();
    }
  }
}
