package verticalkb.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import verticalkb.index.Schema;
import verticalkb.index.Schema.FieldSpec;
import verticalkb.index.Schema.FieldType;
import verticalkb.search.QuerySyntax.Clause;
import verticalkb.search.QuerySyntax.Kind;
import verticalkb.search.QuerySyntax.QuerySyntaxException;

/**
 * Turns a parsed user query into a Lucene query under the schema: each clause is searched in every searched text
 * field with that field's boost (a dis-max, so one strong field wins and the others add {@code tieBreaker}),
 * keyword fields by exact value; a proximity clause rewards the words appearing close together.
 */
final class QueryFactory {

  /**
   * The query, the same query for matching only ({@code matching}: the same documents, fewer fields to look in, for
   * passes that count and do not score), and how many clauses it has (RM3 weighs the original by clause).
   */
  record Built(Query query, Query matching, int clauses) {}

  private final Schema schema;
  private final List<FieldSpec> searched;
  /** {@link #searched} without the fields another searched field covers: they add score, never a match. */
  private final List<FieldSpec> matched;
  private final boolean and;
  private final float tieBreaker;

  QueryFactory(Schema schema) {
    this.schema = schema;
    this.searched = schema.fields().stream().filter(FieldSpec::isSearched).filter(f -> f.boostOrOne() > 0).toList();
    this.matched = searched.stream().filter(f -> searched.stream().noneMatch(g -> covers(g, f))).toList();
    Schema.Ranking r = schema.ranking();
    this.and = r != null && "and".equals(r.defaultOperator());
    this.tieBreaker = r == null || r.tieBreaker() == null ? 0f : r.tieBreaker().floatValue();
  }

  /**
   * Whether every document {@code f} matches for a word, phrase or prefix is matched by {@code g} too: {@code g} is
   * another text field with the same analyzer whose value starts with {@code f}'s sources in the same order (as the
   * catch-all {@code all} starts with the title), so {@code f}'s tokens and their positions are in {@code g} as well,
   * even under a token-count limit.
   */
  static boolean covers(FieldSpec g, FieldSpec f) {
    if (g == f || g.name().equals(f.name()) || g.type() != FieldType.text || f.type() != FieldType.text) return false;
    if (g.analyzer() == null || !g.analyzer().equals(f.analyzer())) return false;
    List<String> fs = f.sources();
    List<String> gs = g.sources();
    // Two fields of identical sources cover each other; only the later one may be dropped, or neither would match.
    if (fs.equals(gs)) return false;
    return gs.size() > fs.size() && gs.subList(0, fs.size()).equals(fs);
  }

  /** The text part of a query (no filters); match-all for a query with only exclusions or nothing at all. */
  Built build(QuerySyntax.Parsed parsed, Analyzer analyzer) throws QuerySyntaxException {
    Built full = build(parsed, analyzer, searched);
    if (matched.size() == searched.size()) return full;
    return new Built(full.query(), build(parsed, analyzer, matched).query(), full.clauses());
  }

  private Built build(QuerySyntax.Parsed parsed, Analyzer analyzer, List<FieldSpec> fields) throws QuerySyntaxException {
    QueryBuilder qb = new QueryBuilder(analyzer);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 0;
    for (List<Clause> group : parsed.groups()) {
      List<Query> alternatives = new ArrayList<>();
      for (Clause c : group) {
        Query q = clause(c, qb, analyzer, fields);
        if (q != null) alternatives.add(q);
      }
      if (alternatives.isEmpty()) continue;
      Query g = alternatives.size() == 1 ? alternatives.getFirst() : or(alternatives);
      b.add(g, and ? Occur.MUST : Occur.SHOULD);
      clauses++;
    }
    for (Clause c : parsed.excluded()) {
      Query q = clause(c, qb, analyzer, fields);
      if (q != null) b.add(q, Occur.MUST_NOT);
    }
    if (clauses == 0 && !parsed.groups().isEmpty()) {
      // Words that analyse to nothing ("-", ":", "(", only stop words) must not turn into "match everything".
      Clause first = parsed.groups().getFirst().getFirst();
      throw new QuerySyntaxException(first.column(), "'" + first.text() + "' has nothing that can be searched (punctuation or"
          + " words too common to be indexed); type a word");
    }
    if (clauses == 0) b.add(new MatchAllDocsQuery(), Occur.MUST);
    Query proximity = proximity(parsed, qb);
    if (proximity != null) b.add(proximity, Occur.SHOULD);
    Query built = b.build();
    return new Built(built, built, clauses);
  }

  private static Query or(List<Query> qs) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : qs) b.add(q, Occur.SHOULD);
    return b.build();
  }

  private Query clause(Clause c, QueryBuilder qb, Analyzer analyzer, List<FieldSpec> fields) throws QuerySyntaxException {
    if (c.field() != null) {
      FieldSpec f = schema.field(c.field());
      if (f == null && c.text().isBlank()) {
        // "Note: ..." is prose, not a field search: keep the word as text.
        return anyField(new Clause(c.kind(), null, c.field() + ":", c.excluded(), c.column()), qb, analyzer, fields);
      }
      if (f == null) {
        // Not a field of ours ("re:", "http:"): the user meant the text as typed.
        return anyField(new Clause(c.kind(), null, c.field() + ":" + c.text(), c.excluded(), c.column()), qb, analyzer, fields);
      }
      Query q = switch (f.type()) {
        case keyword -> c.text().isBlank() ? null
            : c.kind() == Kind.PREFIX ? new PrefixQuery(new Term(f.name(), c.text())) : new TermQuery(new Term(f.name(), c.text()));
        case text -> inField(c, queriedField(f, c), qb, analyzer);
        default -> throw new IllegalArgumentException("field '" + f.name() + "' is a " + f.type()
            + " field and cannot be searched by value; use the from/to, near and sort parameters instead");
      };
      if (q == null) {
        throw new QuerySyntaxException(c.column(), "field '" + f.name() + "' needs a value to search for right after '"
            + f.name() + ":' (a word, a \"phrase\" or a prefix*)");
      }
      return q;
    }
    return anyField(c, qb, analyzer, fields);
  }

  private Query anyField(Clause c, QueryBuilder qb, Analyzer analyzer, List<FieldSpec> fields) {
    List<Query> perField = new ArrayList<>();
    for (FieldSpec f : fields) {
      Query q = inField(c, f.name(), qb, analyzer);
      if (q == null) continue;
      float boost = (float) f.boostOrOne();
      perField.add(boost == 1f ? q : new BoostQuery(q, boost));
    }
    if (perField.isEmpty()) return null;
    return perField.size() == 1 ? perField.getFirst() : new DisjunctionMaxQuery(perField, tieBreaker);
  }

  private static Query inField(Clause c, String field, QueryBuilder qb, Analyzer analyzer) {
    return switch (c.kind()) {
      case TERM -> qb.createBooleanQuery(field, c.text(), Occur.SHOULD);
      case PHRASE -> qb.createPhraseQuery(field, c.text(), 0);
      case PREFIX -> {
        BytesRef normalized = analyzer.normalize(field, c.text());
        yield normalized.length == 0 ? null : new PrefixQuery(new Term(field, normalized));
      }
    };
  }

  /**
   * The field a {@code field:value} clause searches: the field itself, or for a stored-only field the field its
   * schema names in {@code searchedAs} (the catch-all that inverts the same text).
   */
  private String queriedField(FieldSpec f, Clause c) throws QuerySyntaxException {
    FieldSpec target = f.searchedAs() == null ? f : schema.field(f.searchedAs());
    if (target.indexOptions() == Schema.IndexOptions.none) {
      throw new QuerySyntaxException(c.column(), "field '" + f.name() + "' is stored for display, not indexed: search it without the '"
          + f.name() + ":' prefix");
    }
    if (c.kind() == Kind.PHRASE && !target.hasPositions()) {
      throw new QuerySyntaxException(c.column(), "field '" + f.name() + "' is indexed without positions, so it cannot match a \"phrase\";"
          + " search the words one by one");
    }
    return target.name();
  }

  /** A sloppy phrase of the plain words, weighted by the schema, or null when not configured or too few words. */
  private Query proximity(QuerySyntax.Parsed parsed, QueryBuilder qb) {
    Schema.Phrase p = schema.ranking() == null ? null : schema.ranking().phrase();
    if (p == null) return null;
    List<Clause> words = parsed.words();
    if (words.size() < 2) return null;
    Set<String> distinct = new LinkedHashSet<>();
    for (Clause c : words) distinct.add(c.text());
    String joined = String.join(" ", distinct);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (p.boost() != null && p.boost() > 0) {
      // Each pair of neighbouring words close together (the unordered windows of the sequential dependence model):
      // a phrase of all the words rarely matches a long query, pairs do.
      List<String> list = new ArrayList<>(distinct);
      for (int i = 0; i + 1 < list.size(); i++) {
        Query phrase = qb.createPhraseQuery(p.field(), list.get(i) + " " + list.get(i + 1), p.slop() == null ? 0 : p.slop());
        if (phrase instanceof org.apache.lucene.search.PhraseQuery) {
          b.add(new BoostQuery(phrase, p.boost().floatValue()), Occur.SHOULD);
          any = true;
        }
      }
    }
    if (p.shingleField() != null && p.shingleBoost() != null && p.shingleBoost() > 0) {
      Query shingles = qb.createBooleanQuery(p.shingleField(), joined, Occur.SHOULD);
      if (shingles != null) {
        b.add(new BoostQuery(shingles, p.shingleBoost().floatValue()), Occur.SHOULD);
        any = true;
      }
    }
    return any ? b.build() : null;
  }

  /** Whether a field may be used in field:value. */
  static boolean searchable(FieldSpec f) {
    return f.type() == FieldType.keyword || f.type() == FieldType.text;
  }
}
