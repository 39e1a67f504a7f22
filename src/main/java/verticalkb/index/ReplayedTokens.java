package verticalkb.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The token stream of values joined by newlines, replayed from each value's {@link PieceTokens}: the same terms,
 * positions and offsets as analysing the joined text, for analyzers that are {@link PieceTokens#piecewise}.
 * Positions of tokens a filter dropped at the end of one value go to the next token, as in one pass.
 */
final class ReplayedTokens extends TokenStream {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final List<PieceTokens> pieces;
  /** Where each value starts in the joined text (the newline separators counted). */
  private final int[] bases;
  private int piece;
  private int next;
  private int carried;

  ReplayedTokens(List<PieceTokens> pieces, List<String> values) {
    this.pieces = pieces;
    this.bases = new int[values.size()];
    for (int i = 1; i < bases.length; i++) bases[i] = bases[i - 1] + values.get(i - 1).length() + 1;
  }

  @Override
  public boolean incrementToken() {
    clearAttributes();
    while (piece < pieces.size()) {
      PieceTokens p = pieces.get(piece);
      if (next < p.count()) {
        p.copyTerm(next, term);
        position.setPositionIncrement(p.positionIncrement(next) + carried);
        carried = 0;
        offset.setOffset(bases[piece] + p.start(next), bases[piece] + p.end(next));
        next++;
        return true;
      }
      carried += p.endPositionIncrement();
      piece++;
      next = 0;
    }
    return false;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    position.setPositionIncrement(carried);
    int last = pieces.size() - 1;
    int finalOffset = last < 0 ? 0 : bases[last] + pieces.get(last).endOffset();
    offset.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    piece = 0;
    next = 0;
    carried = 0;
  }
}
