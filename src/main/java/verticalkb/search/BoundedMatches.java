package verticalkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
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

  /** How many documents matched (the limit when {@code exact} is false), and the matches facets count over, or null. */
  record Result(long count, boolean exact, FacetsCollector facets) {}

  private final int limit;
  private final boolean keepForFacets;

  BoundedMatches(int limit, boolean keepForFacets) {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    this.limit = limit;
    this.keepForFacets = keepForFacets;
  }

  @Override
  public Collector newCollector() {
    return new Collector(limit, keepForFacets ? new FacetsCollector(false) : null);
  }

  @Override
  public Result reduce(Collection<Collector> collectors) throws IOException {
    long count = 0;
    List<FacetsCollector> kept = new ArrayList<>(collectors.size());
    for (Collector c : collectors) {
      count += c.counted;
      if (c.facets != null) kept.add(c.facets);
    }
    boolean exact = count <= limit;
    return new Result(Math.min(count, limit), exact, keepForFacets ? new FacetsCollectorManager(false).reduce(kept) : null);
  }

  /** Counts to one past the limit (which tells an exact count of {@code limit} from a larger one), then stops. */
  static final class Collector implements org.apache.lucene.search.Collector {
    private final int limit;
    private final FacetsCollector facets;
    private long counted;

    Collector(int limit, FacetsCollector facets) {
      this.limit = limit;
      this.facets = facets;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      // Every leaf gets its (possibly empty) entry in the facets' matching docs: SortedSetDocValuesFacetCounts maps
      // segment ordinals to global ones only when it sees more than one entry, so a multi-segment index whose
      // first segment alone reached the limit was counted with that segment's ordinals as global ones (wrong values).
      LeafCollector kept = facets == null ? null : facets.getLeafCollector(context);
      if (counted > limit) {
        if (kept != null) kept.finish();
        throw new CollectionTerminatedException();
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) throws IOException {
          if (kept != null) kept.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          if (kept != null && counted < limit) kept.collect(doc);
          // IndexSearcher ends this leaf on the exception and still calls finish(), so the kept matches stay.
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
