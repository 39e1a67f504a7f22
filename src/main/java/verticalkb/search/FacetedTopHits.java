package verticalkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;

/**
 * One pass over a relevance-ranked query for both the page of top hits and the facets. Facets are counted over the
 * first {@code limit} matches in index order — the matches the top-hits collector counts exactly before it may start
 * skipping, when its total-hits threshold is the same limit — so block-max WAND still skips the rest. Two passes (top
 * hits, then facets) evaluated and scored those first matches twice.
 *
 * <p>Only for sorts whose first key is the score: a date sort skips through the collector's competitive iterator,
 * which must stay off while every match still has to reach the facets.
 */
final class FacetedTopHits implements CollectorManager<FacetedTopHits.Collector, FacetedTopHits.Result> {

  /** The top hits and the matches the facets are counted over. */
  record Result(TopDocs top, FacetsCollector facets) {}

  private final TopFieldCollectorManager top;
  private final FacetsCollectorManager facets = new FacetsCollectorManager(false);
  private final int limit;

  FacetedTopHits(TopFieldCollectorManager top, int limit) {
    if (limit < 1) throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    this.top = top;
    this.limit = limit;
  }

  @Override
  public Collector newCollector() throws IOException {
    return new Collector(top.newCollector(), new FacetsCollector(false), limit);
  }

  @Override
  public Result reduce(Collection<Collector> collectors) throws IOException {
    List<TopFieldCollector> tops = new ArrayList<>(collectors.size());
    List<FacetsCollector> matches = new ArrayList<>(collectors.size());
    for (Collector c : collectors) {
      tops.add(c.top);
      matches.add(c.facets);
    }
    return new Result(top.reduce(tops), facets.reduce(matches));
  }

  /** Hands every match to the top-hits collector and the first {@code limit} of them to the facets collector. */
  static final class Collector implements org.apache.lucene.search.Collector {
    private final TopFieldCollector top;
    private final FacetsCollector facets;
    private final int limit;
    private int counted;

    Collector(TopFieldCollector top, FacetsCollector facets, int limit) {
      this.top = top;
      this.facets = facets;
      this.limit = limit;
    }

    @Override
    public ScoreMode scoreMode() {
      return top.scoreMode();
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      LeafCollector topLeaf = top.getLeafCollector(context);
      if (counted >= limit) return topLeaf;
      LeafCollector facetLeaf = facets.getLeafCollector(context);
      return new LeafCollector() {
        private boolean counting = true;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          topLeaf.setScorer(scorer);
          facetLeaf.setScorer(scorer);
        }

        @Override
        public void collect(int doc) throws IOException {
          if (counting) {
            facetLeaf.collect(doc);
            counting = ++counted < limit;
          }
          topLeaf.collect(doc);
        }

        @Override
        public DocIdSetIterator competitiveIterator() {
          return null; // every match must reach the facets until the limit
        }

        @Override
        public void finish() throws IOException {
          facetLeaf.finish();
          topLeaf.finish();
        }
      };
    }
  }
}
