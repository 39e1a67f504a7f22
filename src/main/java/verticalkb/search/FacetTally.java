package verticalkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts of the matches, tallied while they are collected: each segment counts its own ordinals and maps the
 * ordinals it saw to global ones once, when the segment is done. What {@code SortedSetDocValuesFacetCounts} answers
 * over a {@code FacetsCollector} of the same matches (same counts, same top values, ties to the smaller label), without
 * first recording the matches in a bit set per segment and walking them again (about a sixth of a search's CPU in the
 * benchmark's profile went to that path). Flat dimensions only, as the schema declares them. Not thread-safe: one per
 * collector.
 */
final class FacetTally {

  private final SortedSetDocValuesReaderState state;
  /** Global ordinals of a multi-segment reader, null for a single segment (whose ordinals are the global ones). */
  private final OrdinalMap ordinals;
  private final SortedSetDocValues globalValues;
  private final int[] counts;

  FacetTally(SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    this.globalValues = state.getDocValues();
    this.ordinals = globalValues instanceof MultiSortedSetDocValues multi ? multi.mapping : null;
    this.counts = new int[state.getSize()];
  }

  /** A per-segment counter for {@code leaf}; its counts reach this tally when {@link Leaf#finish()} is called. */
  Leaf leaf(LeafReaderContext leaf) throws IOException {
    return new Leaf(DocValues.getSortedSet(leaf.reader(), state.getField()), ordinals == null ? null : ordinals.getGlobalOrds(leaf.ord));
  }

  /** Adds another tally's counts (of other segments of the same reader) to this one. */
  void add(FacetTally other) {
    for (int i = 0; i < counts.length; i++) counts[i] += other.counts[i];
  }

  /**
   * The {@code topN} values of each of {@code dims} by count, then by value (as the facet module orders ties): an
   * empty map for a dimension no document has.
   */
  Map<String, Map<String, Long>> top(List<String> dims, int topN) throws IOException {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (String dim : dims) {
      if (state.getFacetsConfig().getDimConfig(dim).hierarchical) throw new IllegalStateException("hierarchical facet '" + dim + "'");
      SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
      Map<String, Long> values = new LinkedHashMap<>();
      if (range != null) {
        List<Integer> seen = new ArrayList<>();
        for (PrimitiveIterator.OfInt it = range.iterator(); it.hasNext(); ) {
          int ord = it.nextInt();
          if (counts[ord] > 0) seen.add(ord);
        }
        // Ordinals are in label order: a stable sort by count keeps the smaller label first among equal counts.
        seen.sort((a, b) -> Integer.compare(counts[b], counts[a]));
        for (int ord : seen.subList(0, Math.min(topN, seen.size()))) {
          BytesRef term = globalValues.lookupOrd(ord);
          String[] path = FacetsConfig.stringToPath(term.utf8ToString());
          values.put(path[path.length - 1], (long) counts[ord]);
        }
      }
      out.put(dim, values);
    }
    return out;
  }

  /** Counts one segment's matches in that segment's ordinals. */
  final class Leaf {
    private final SortedSetDocValues values;
    private final LongValues toGlobal;
    private final int[] segmentCounts;

    private Leaf(SortedSetDocValues values, LongValues toGlobal) {
      this.values = values;
      this.toGlobal = toGlobal;
      this.segmentCounts = new int[(int) values.getValueCount()];
    }

    void collect(int doc) throws IOException {
      if (!values.advanceExact(doc)) return;
      for (int i = values.docValueCount(); i > 0; i--) segmentCounts[(int) values.nextOrd()]++;
    }

    /** Moves this segment's counts into the tally. */
    void finish() {
      for (int ord = 0; ord < segmentCounts.length; ord++) {
        int c = segmentCounts[ord];
        if (c != 0) counts[toGlobal == null ? ord : (int) toGlobal.get(ord)] += c;
      }
    }
  }
}
