package verticalkb.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.NumericUtils;
import verticalkb.index.DocumentMapper;

/**
 * The multiplier that recency and source authority put on a text score:
 * {@code (1 + recencyWeight · 2^(−age/halfLife)) · (1 + authorityWeight · authority)}. Documents without a date
 * of a recency type, or without an authority, get a factor of 1 for that signal. Weights come from index-config.
 */
final class RankSignals extends DoubleValuesSource {

  private static final double MILLIS_PER_DAY = 86_400_000.0;

  private final double recencyWeight;
  private final double halfLifeMillis;
  private final String authorityField;
  private final double authorityWeight;
  private final long now;

  RankSignals(double recencyWeight, double halfLifeDays, String authorityField, double authorityWeight, long now) {
    this.recencyWeight = recencyWeight;
    this.halfLifeMillis = halfLifeDays * MILLIS_PER_DAY;
    this.authorityField = authorityField;
    this.authorityWeight = authorityWeight;
    this.now = now;
  }

  /** The largest factor any document can get: both signals are at most 1 before weighting. */
  double maxFactor() {
    return (1 + Math.max(0, recencyWeight)) * (1 + (authorityField == null ? 0 : Math.max(0, authorityWeight)));
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues dates = recencyWeight > 0 ? DocValues.getNumeric(ctx.reader(), DocumentMapper.RECENCY_FIELD) : DocValues.emptyNumeric();
    NumericDocValues authority = authorityWeight > 0 && authorityField != null
        ? DocValues.getNumeric(ctx.reader(), authorityField) : DocValues.emptyNumeric();
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        double f = 1;
        if (dates.advanceExact(doc)) {
          double age = Math.max(0, now - dates.longValue());
          f *= 1 + recencyWeight * Math.pow(2, -age / halfLifeMillis);
        }
        if (authority.advanceExact(doc)) {
          double a = NumericUtils.sortableLongToDouble(authority.longValue());
          f *= 1 + authorityWeight * Math.max(0, Math.min(1, a));
        }
        value = f;
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RankSignals r && r.recencyWeight == recencyWeight && r.halfLifeMillis == halfLifeMillis
        && Objects.equals(r.authorityField, authorityField) && r.authorityWeight == authorityWeight && r.now == now;
  }

  @Override
  public int hashCode() {
    return Objects.hash(recencyWeight, halfLifeMillis, authorityField, authorityWeight, now);
  }

  @Override
  public String toString() {
    return "rank(recency=" + recencyWeight + ",authority=" + authorityWeight + ")";
  }
}
