package verticalkb.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The index schema as {@code index-config/schema.yaml} declares it: analyzers, fields, ranking weights, synonyms,
 * highlighting and spelling. Immutable; {@link SchemaLoader} reads and validates it, {@link #indexHash()} tells
 * whether a change needs a reindex.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Schema(
    Integer version,
    Similarity similarity,
    Map<String, AnalyzerSpec> analyzers,
    List<FieldSpec> fields,
    Ranking ranking,
    Synonyms synonyms,
    Highlight highlight,
    Spelling spelling) {

  /** Field types the index knows. */
  public enum FieldType { text, keyword, date, geo, number }

  /**
   * How much of a text field is inverted, cheapest first: {@code none} (stored only: shown and highlighted by
   * re-analysing the stored text, never searched itself), {@code docs} (which documents hold a word: enough for
   * did-you-mean), {@code freqs}, {@code positions} (phrases; the default) and {@code offsets} (snippets read match
   * offsets from the postings instead of re-analysing).
   */
  public enum IndexOptions { none, docs, freqs, positions, offsets }

  /** BM25 parameters for text fields that do not set their own. */
  public record Similarity(Double k1, Double b) {}

  /** A Lucene {@code CustomAnalyzer}: tokenizer, char and token filters by SPI name, each with string params. */
  public record AnalyzerSpec(List<Component> charFilters, Component tokenizer, List<Component> filters) {}

  /** One analysis component: its SPI name (standard, lowercase, porterStem, ...) and parameters. */
  public record Component(String name, Map<String, String> params) {
    public Map<String, String> paramsOrEmpty() {
      return params == null ? Map.of() : new LinkedHashMap<>(params);
    }
  }

  /**
   * One index field. {@code from} lists document properties (dotted paths into the document JSON, e.g.
   * {@code event.start}); a text field joins them all (a catch-all field), any other type takes the first present.
   */
  public record FieldSpec(
      String name,
      FieldType type,
      List<String> from,
      String analyzer,
      Boolean stored,
      Boolean faceted,
      Boolean multiValued,
      Boolean searched,
      Double boost,
      Double k1,
      Double b,
      Boolean highlight,
      Boolean termVectors,
      String format,
      IndexOptions index,
      Boolean norms,
      String searchedAs) {

    public boolean isStored() {
      return Boolean.TRUE.equals(stored);
    }

    /** A list in search hits (the document property is a list, e.g. verticals). */
    public boolean isMultiValued() {
      return Boolean.TRUE.equals(multiValued);
    }

    public boolean isFaceted() {
      return Boolean.TRUE.equals(faceted);
    }

    /** Text fields are searched by free text unless {@code searched: false} or not inverted at all. */
    public boolean isSearched() {
      return type == FieldType.text && !Boolean.FALSE.equals(searched) && indexOptions() != IndexOptions.none;
    }

    /** What a text field inverts: {@code index} if set, else offsets for {@code highlight: true}, else positions. */
    public IndexOptions indexOptions() {
      if (index != null) return index;
      return Boolean.TRUE.equals(highlight) ? IndexOptions.offsets : IndexOptions.positions;
    }

    /** Whether a text field can answer phrase queries (it indexes positions). */
    public boolean hasPositions() {
      return indexOptions().compareTo(IndexOptions.positions) >= 0;
    }

    /** Length norms are kept (BM25 needs them) unless {@code norms: false}. */
    public boolean hasNorms() {
      return !Boolean.FALSE.equals(norms);
    }

    public double boostOrOne() {
      return boost == null ? 1.0 : boost;
    }

    public List<String> sources() {
      return from == null || from.isEmpty() ? List.of(name) : from;
    }
  }

  /** Ranking weights; every one has a neutral default so that an absent block means plain BM25. */
  public record Ranking(
      String defaultOperator,
      Double tieBreaker,
      Phrase phrase,
      Recency recency,
      Authority authority,
      Feedback feedback) {}

  /**
   * Proximity: for queries of two or more words, each pair of neighbouring words found within {@code slop}
   * positions of each other on {@code field} adds {@code boost} times its score.
   */
  public record Phrase(String field, Double boost, Integer slop, String shingleField, Double shingleBoost) {}

  /** Recency: score × (1 + weight · 2^(−age/halfLifeDays)) for documents of the listed types. */
  public record Recency(String field, List<String> types, Double halfLifeDays, Double weight) {}

  /** Source authority: score × (1 + weight · authority), authority read from a number field in 0..1. */
  public record Authority(String field, Double weight) {}

  /**
   * Pseudo-relevance feedback (RM3): expands the query with the {@code terms} best terms of the {@code docs}
   * top documents of the first pass, keeping {@code originalWeight} of the original query. docs 0 turns it off.
   */
  public record Feedback(String field, Integer docs, Integer terms, Double originalWeight, Integer minTermLength) {}

  /**
   * Query-time synonyms per vertical: {@code dir}/&lt;vertical&gt;.txt in Solr format, inserted into each searched
   * field's analyzer right after the filter named {@code after}.
   */
  public record Synonyms(String dir, String after) {}

  /** Snippets: taken from {@code field}, about {@code length} characters, wrapped in {@code mark} elements. */
  public record Highlight(String field, Integer length) {}

  /** Did-you-mean: suggestions come from the unstemmed terms of {@code field}. */
  public record Spelling(String field, Integer maxEdits, Integer minQueryLength, Integer suggestBelowHits) {}

  /** The field of that name, or null. */
  public FieldSpec field(String name) {
    for (FieldSpec f : fields) if (f.name().equals(name)) return f;
    return null;
  }
}
