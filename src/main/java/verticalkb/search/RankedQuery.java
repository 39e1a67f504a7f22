package verticalkb.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A text query whose score is multiplied by the recency and authority signals ({@link RankSignals}), keeping
 * block-max WAND skipping: the signals' factor is at most {@link RankSignals#maxFactor()}, so a block's maximum score
 * is the inner maximum times that bound and a minimum competitive score divided by it still holds for the inner
 * query. Lucene's {@code FunctionScoreQuery} reports an unbounded maximum, which makes every match be scored.
 */
final class RankedQuery extends Query {

  private final Query in;
  private final RankSignals signals;

  RankedQuery(Query in, RankSignals signals) {
    this.in = Objects.requireNonNull(in, "in");
    this.signals = Objects.requireNonNull(signals, "signals");
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = in.rewrite(searcher);
    return rewritten == in ? super.rewrite(searcher) : new RankedQuery(rewritten, signals);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) return inner;
    double maxFactor = signals.maxFactor();
    return new FilterWeight(this, inner) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
        ScorerSupplier ss = in.scorerSupplier(ctx);
        if (ss == null) return null;
        Factors factors = new Factors(signals.getValues(ctx, null), maxFactor);
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new RankedScorer(ss.get(leadCost), factors);
          }

          @Override
          public BulkScorer bulkScorer() throws IOException {
            // The inner query's own bulk scorer (MaxScore for a top-level disjunction) does the skipping; the
            // collector sees scores times the factors and hands back thresholds divided by the largest factor.
            BulkScorer bulk = ss.bulkScorer();
            return new BulkScorer() {
              @Override
              public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                return bulk.score(new RankedCollector(collector, factors), acceptDocs, min, max);
              }

              @Override
              public long cost() {
                return bulk.cost();
              }
            };
          }

          @Override
          public long cost() {
            return ss.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            ss.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
        Explanation e = in.explain(ctx, doc);
        if (!e.isMatch()) return e;
        DoubleValues factors = signals.getValues(ctx, null);
        double f = factors.advanceExact(doc) ? factors.doubleValue() : 1;
        return Explanation.match((float) (e.getValue().doubleValue() * f), "text score times rank signals", e,
            Explanation.match(f, signals.toString()));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor.getSubVisitor(Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "ranked(" + in.toString(field) + ", " + signals + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o) && in.equals(((RankedQuery) o).in) && signals.equals(((RankedQuery) o).signals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), in, signals);
  }

  /** Each document's factor, read once per document (doc values only move forward), and the largest there can be. */
  private static final class Factors {
    private final DoubleValues values;
    private final double max;
    private int doc = -1;
    private double factor = 1;

    Factors(DoubleValues values, double max) {
      this.values = values;
      this.max = max;
    }

    double of(int d) throws IOException {
      if (d != doc) {
        factor = values.advanceExact(d) ? values.doubleValue() : 1;
        doc = d;
      }
      return factor;
    }

    /** The inner score a document needs to reach {@code minScore} once multiplied by the largest factor. */
    float innerMinimum(float minScore) {
      return Math.max(0f, Math.nextDown((float) (minScore / max)));
    }
  }

  /** Passes matches on with their scores times the document's factor, and minimum scores divided by the largest one. */
  private static final class RankedCollector implements LeafCollector {
    private final LeafCollector out;
    private final Factors factors;
    private int doc = -1;

    RankedCollector(LeafCollector out, Factors factors) {
      this.out = out;
      this.factors = factors;
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {
      out.setScorer(new Scorable() {
        @Override
        public float score() throws IOException {
          return (float) (scorer.score() * factors.of(doc));
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
          scorer.setMinCompetitiveScore(factors.innerMinimum(minScore));
        }

        @Override
        public java.util.Collection<ChildScorable> getChildren() {
          return List.of(new ChildScorable(scorer, "MUST"));
        }
      });
    }

    @Override
    public void collect(int doc) throws IOException {
      this.doc = doc;
      out.collect(doc);
    }

    @Override
    public DocIdSetIterator competitiveIterator() throws IOException {
      return out.competitiveIterator();
    }

    @Override
    public void finish() throws IOException {
      out.finish();
    }
  }

  /** The inner scorer's score times the document's factor; bounds scaled by the largest factor there can be. */
  private static final class RankedScorer extends Scorer {
    private final Scorer in;
    private final Factors factors;

    RankedScorer(Scorer in, Factors factors) {
      this.in = in;
      this.factors = factors;
    }

    @Override
    public float score() throws IOException {
      return (float) (in.score() * factors.of(in.docID()));
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return Math.nextUp((float) (in.getMaxScore(upTo) * factors.max));
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(factors.innerMinimum(minScore));
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public java.util.Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(in, "MUST"));
    }
  }
}
