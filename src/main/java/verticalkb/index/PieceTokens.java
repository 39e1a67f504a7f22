package verticalkb.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import verticalkb.index.Schema.AnalyzerSpec;
import verticalkb.index.Schema.Component;

/**
 * The tokens an analyzer makes of one value (a title, a summary, a text), recorded so that several fields holding
 * that value are inverted without analysing it again: the schema's {@code text} and {@code all} both hold a page's
 * summary and text with the same analyzer. {@link ReplayedTokens} joins pieces back into one field's stream.
 */
final class PieceTokens {

  /**
   * Filters that look at one token at a time, so that analysing newline-joined values gives the tokens of each value
   * in turn; a filter that drops tokens (stop, length) carries their positions over to the next token, which the
   * replay carries across values too. Anything else (shingles, synonyms, word delimiters) may join tokens across
   * values, and its fields are analysed whole as before.
   */
  private static final Set<String> PER_TOKEN_FILTERS =
      Set.of("englishpossessive", "lowercase", "stop", "porterstem", "kstem", "englishminimalstem", "asciifolding", "length");

  private char[] chars = new char[256];
  private int[] termEnds = new int[16];
  private int[] positionIncrements = new int[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int count;
  /** What {@code end()} left: the positions of tokens dropped after the last one, and the value's final offset. */
  private int endPositionIncrement;
  private int endOffset;

  /**
   * Whether values analysed one by one give the tokens of their newline-joined text: the standard tokenizer (UAX#29
   * word breaks, which always break at a newline), no char filters (they may read across values), and per-token filters.
   */
  static boolean piecewise(AnalyzerSpec spec) {
    if (spec.charFilters() != null && !spec.charFilters().isEmpty()) return false;
    if (spec.tokenizer() == null || !"standard".equalsIgnoreCase(spec.tokenizer().name())) return false;
    if (!spec.tokenizer().paramsOrEmpty().isEmpty()) return false;
    if (spec.filters() != null) {
      for (Component c : spec.filters()) if (!PER_TOKEN_FILTERS.contains(c.name().toLowerCase(Locale.ROOT))) return false;
    }
    return true;
  }

  /** The tokens of {@code value} as {@code analyzer} makes them for {@code field}. */
  static PieceTokens of(Analyzer analyzer, String field, String value) throws IOException {
    PieceTokens p = new PieceTokens();
    try (TokenStream ts = analyzer.tokenStream(field, value)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) p.add(term, position.getPositionIncrement(), offset.startOffset(), offset.endOffset());
      ts.end();
      p.endPositionIncrement = position.getPositionIncrement();
      p.endOffset = offset.endOffset();
    }
    return p;
  }

  private void add(CharTermAttribute term, int positionIncrement, int start, int end) {
    if (count == termEnds.length) {
      int n = count * 2;
      termEnds = Arrays.copyOf(termEnds, n);
      positionIncrements = Arrays.copyOf(positionIncrements, n);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
    }
    int from = count == 0 ? 0 : termEnds[count - 1];
    int to = from + term.length();
    if (to > chars.length) chars = Arrays.copyOf(chars, Math.max(to, chars.length * 2));
    System.arraycopy(term.buffer(), 0, chars, from, term.length());
    termEnds[count] = to;
    positionIncrements[count] = positionIncrement;
    starts[count] = start;
    ends[count] = end;
    count++;
  }

  int count() {
    return count;
  }

  void copyTerm(int i, CharTermAttribute into) {
    int from = i == 0 ? 0 : termEnds[i - 1];
    into.copyBuffer(chars, from, termEnds[i] - from);
  }

  int positionIncrement(int i) {
    return positionIncrements[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int endPositionIncrement() {
    return endPositionIncrement;
  }

  int endOffset() {
    return endOffset;
  }
}
