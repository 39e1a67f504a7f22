package verticalkb.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import verticalkb.index.KbSearcher;

/**
 * Highlighted snippets of a page of hits, from the texts {@link PageDocuments} already read (the highlighter would
 * otherwise read and decompress every hit's stored document a second time). The highlighters are built once per
 * point-in-time searcher, not per search: a {@link UnifiedHighlighter} is tied to one searcher and caches that reader's
 * merged field infos. Thread-safe.
 */
final class Snippets {

  /** What the highlighter puts between the values of a multi-valued field. */
  static final char VALUE_SEPARATOR = Highlighter.SEPARATOR;
  /** Characters of the field the highlighter looks at; the rest of a long text is never shown. */
  static final int MAX_CHARS = UnifiedHighlighter.DEFAULT_MAX_LENGTH;
  private static final String MARK_OPEN = "<mark>";
  private static final String MARK_CLOSE = "</mark>";
  private static final String ELLIPSIS = "… ";
  /** Where the first match sits in a snippet (0 start, 1 end): a little context before it, more after. */
  private static final float MATCH_POSITION = 0.3f;

  private final String field;
  private final int length;
  private final Analyzer indexAnalyzer;
  /** Query terms of these fields are marked in snippets (the snippet field is analysed like them). */
  private final Set<String> queryFields;

  /** Snippets of about {@code length} characters from {@code field}, marking query terms of {@code queryFields}. */
  Snippets(String field, int length, Analyzer indexAnalyzer, Set<String> queryFields) {
    this.field = field;
    this.length = length;
    this.indexAnalyzer = indexAnalyzer;
    this.queryFields = Set.copyOf(queryFields);
  }

  /**
   * Snippets for {@code docs} (ids of {@code s}), parallel to it, from {@code texts} as {@link PageDocuments} loaded them;
   * null where a document has no text.
   */
  String[] highlight(KbSearcher s, Query query, int[] docs, String[] texts) throws IOException {
    Highlighter h = s.shared(this, searcher -> new Highlighters(
        new Highlighter(configure(UnifiedHighlighter.builder(searcher, indexAnalyzer), false)),
        new Highlighter(configure(UnifiedHighlighter.builder(searcher, indexAnalyzer), true)))).pick(Searcher.hasPositions(query));
    return h.highlight(field, query, docs, texts);
  }

  /**
   * The highlighter's settings. Passages are sentences, and runs of text longer than the snippet length without a
   * sentence end are broken at a word (else such a text's snippet was all of it, up to {@link #MAX_CHARS}: the search
   * benchmark's lower-case corpus answered 30-50 KB a page). Relevancy-over-speed matters only when offsets come from re-analysis (a stored-only
   * snippet field): there it indexes every hit's text into a MemoryIndex (half of a search's snippet time), which a
   * query of words does not need (it filters the token stream directly); phrases keep it, their words are marked as
   * one span only through it.
   */
  UnifiedHighlighter.Builder configure(UnifiedHighlighter.Builder b, boolean positions) {
    return b.withFormatter(new DefaultPassageFormatter(MARK_OPEN, MARK_CLOSE, ELLIPSIS, true))
        .withMaxNoHighlightPassages(1)
        .withMaxLength(MAX_CHARS)
        .withPassageRelevancyOverSpeed(positions)
        .withFieldMatcher(queryFields::contains)
        .withScorer(new LeanPassageScorer())
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new SentenceBreaks(length), length, MATCH_POSITION));
  }

  /** The two highlighters of one searcher: for queries of words, and for queries with positions (phrases). */
  private record Highlighters(Highlighter words, Highlighter positions) {
    Highlighter pick(boolean withPositions) {
      return withPositions ? positions : words;
    }
  }

  /** A UnifiedHighlighter that highlights given texts instead of loading them from stored fields. */
  private static final class Highlighter extends UnifiedHighlighter {

    /** Lucene's own separator (protected there), so loaded texts are joined exactly as its loader joins them. */
    static final char SEPARATOR = MULTIVAL_SEP_CHAR;

    Highlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    /** Offsets from the postings come from enums kept across the hits of a search (hits arrive in document order). */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      FieldOffsetStrategy stock = super.getOffsetStrategy(source, components);
      return source == OffsetSource.POSTINGS ? new ForwardPostingsOffsets(stock, components) : stock;
    }

    /**
     * What {@code highlight(field, query, topDocs, 1)} answers, with the texts given: the same field highlighter, fed
     * document by document in id order as the stock code does, but no stored-field read.
     */
    String[] highlight(String field, Query query, int[] docs, String[] texts) throws IOException {
      FieldHighlighter fh = getFieldHighlighter(field, query, extractTerms(query), 1);
      List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
      Integer[] order = new Integer[docs.length];
      for (int i = 0; i < order.length; i++) order[i] = i;
      Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
      String[] out = new String[docs.length];
      for (int i : order) {
        if (texts[i] == null) continue;
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
        Object snippet = fh.highlightFieldForDoc(leaf.reader(), docs[i] - leaf.docBase, texts[i]);
        out[i] = snippet == null ? null : snippet.toString();
      }
      return out;
    }
  }
}
