package verticalkb.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts a query's matches without scoring them, exactly up to {@code limit} ({@code kb.search.track-total-hits})
 * and as a lower bound beyond, and keeps the first {@code limit} matches in index order for the facets. Counting here
 * lets the top-hits pass skip (block-max WAND, date sorts' competitive iterators) as soon as its page is full,
 * instead of scoring every match up to the limit just to count it.
 */
final class BoundedMatches implements CollectorManager<BoundedMatches.Collector, BoundedMatches.Result> {

  /** How many documents matched (the limit when {@code exact} is false), and the facet counts of the first matches, or null. */
  record Result(long count, boolean exact, FacetTally facets) {}

  private final int limit;
  /** Facet ordinals of the searched reader, or null when no facets are counted. */
  private final SortedSetDocValuesReaderState facetState;

  BoundedMatches(int limit, SortedSetDocValuesReaderState facetState) {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    this.limit = limit;
    this.facetState = facetState;
  }

  @Override
  public Collector newCollector() throws IOException {
    return new Collector(limit, facetState == null ? null : new FacetTally(facetState));
  }

  @Override
  public Result reduce(Collection<Collector> collectors) throws IOException {
    long count = 0;
    FacetTally facets = null;
    for (Collector c : collectors) {
      count += c.counted;
      if (c.facets == null) continue;
      if (facets == null) facets = c.facets;
      else facets.add(c.facets);
    }
    boolean exact = count <= limit;
    return new Result(Math.min(count, limit), exact, facets);
  }

  /** Counts to one past the limit (which tells an exact count of {@code limit} from a larger one), then stops. */
  static final class Collector implements org.apache.lucene.search.Collector {
    private final int limit;
    private final FacetTally facets;
    private long counted;

    Collector(int limit, FacetTally facets) {
      this.limit = limit;
      this.facets = facets;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      if (counted > limit) throw new CollectionTerminatedException();
      // Each segment's ordinals are mapped to the reader's global ones (FacetTally), also when the first segment alone
      // reached the limit: counting those as global ordinals showed other segments' values (fixed in 0976c18).
      FacetTally.Leaf kept = facets == null ? null : facets.leaf(context);
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (kept != null && counted < limit) kept.collect(doc);
          // IndexSearcher ends this leaf on the exception and still calls finish(), so the kept matches are tallied.
          if (++counted > limit) throw new CollectionTerminatedException();
        }

        @Override
        public void finish() throws IOException {
          if (kept != null) kept.finish();
        }
      };
    }
  }
}
