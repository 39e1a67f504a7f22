package verticalkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Match offsets from the postings, as Lucene's {@code PostingsOffsetStrategy} reads them, but with one postings enum per
 * query term and segment for all the hits of one search, moved forward from hit to hit. The stock strategy seeks every
 * term in the terms dictionary and builds a new postings enum (buffers of several KB) for every term of every hit:
 * about a fifth of the bytes a search allocated in the benchmark's profile. Hits must come in increasing document
 * order within a segment, as {@link Snippets} feeds them; any other order starts the enums afresh. Queries whose
 * offsets need more than the terms (phrases, prefixes, weight matches) go to the stock strategy. One instance per
 * search (the highlighter builds one per field highlighter), not thread-safe.
 */
final class ForwardPostingsOffsets extends FieldOffsetStrategy {

  private final FieldOffsetStrategy stock;
  private final boolean termsOnly;
  private LeafReader leaf;
  private int lastDoc = -1;
  /** Per query term, its postings in {@link #leaf}, or null where the segment lacks the term. */
  private PostingsEnum[] postings;

  ForwardPostingsOffsets(FieldOffsetStrategy stock, UHComponents components) {
    super(components);
    this.stock = stock;
    this.termsOnly = !components.highlightFlags().contains(UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES)
        && !components.phraseHelper().hasPositionSensitivity() && components.automata().length == 0;
  }

  @Override
  public UnifiedHighlighter.OffsetSource getOffsetSource() {
    return stock.getOffsetSource();
  }

  @Override
  public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
    if (!termsOnly) return stock.getOffsetsEnum(reader, docId, content);
    if (reader != leaf || docId <= lastDoc) start(reader);
    lastDoc = docId;
    if (postings == null) return OffsetsEnum.EMPTY;
    BytesRef[] terms = components.terms();
    // In term order, as the stock strategy lists them (the merged enum breaks ties by that order).
    List<OffsetsEnum> found = new ArrayList<>();
    for (int i = 0; i < terms.length; i++) {
      PostingsEnum p = postings[i];
      if (p == null) continue;
      int at = p.docID();
      if (at < docId) at = p.advance(docId);
      if (at == docId) found.add(new OffsetsEnum.OfPostings(terms[i], p));
    }
    return switch (found.size()) {
      case 0 -> OffsetsEnum.EMPTY;
      case 1 -> found.getFirst();
      default -> new OffsetsEnum.MultiOffsetsEnum(found);
    };
  }

  private void start(LeafReader reader) throws IOException {
    leaf = reader;
    Terms index = reader.terms(getField());
    if (index == null) {
      postings = null;
      return;
    }
    BytesRef[] terms = components.terms();
    postings = new PostingsEnum[terms.length];
    TermsEnum te = index.iterator();
    for (int i = 0; i < terms.length; i++) {
      if (!te.seekExact(terms[i])) continue;
      postings[i] = te.postings(null, PostingsEnum.OFFSETS);
      if (postings[i] == null) throw new IllegalArgumentException("field '" + getField() + "' was indexed without offsets, cannot highlight");
    }
  }
}
