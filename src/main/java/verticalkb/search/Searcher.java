package verticalkb.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import verticalkb.index.DocumentMapper;
import verticalkb.index.KbSearcher;
import verticalkb.index.LuceneIndex;
import verticalkb.index.Schema;
import verticalkb.index.Schema.FieldSpec;
import verticalkb.index.Schema.FieldType;
import verticalkb.search.QuerySyntax.Clause;

/**
 * Runs searches on one {@link LuceneIndex}: query, filters, sort, page or cursor, facets, snippets and
 * did-you-mean, all on one point-in-time searcher. Built once per index (query factory, sorts and spell checker
 * are reused); thread-safe.
 */
public final class Searcher {

  /** Schema fields the search API filters and sorts on; a schema may omit them, then that filter answers 400. */
  public static final String TYPE = "type";
  public static final String VERTICAL = "vertical";
  public static final String SOURCE = "source";
  public static final String TOPIC = "topic";
  public static final String DATE = "date";
  public static final String EVENT_START = "eventStart";
  public static final String EVENT_END = "eventEnd";
  public static final String LOCATION = "location";
  private static final int DEFAULT_SNIPPET_LENGTH = 200;
  private static final double METRES_PER_KM = 1000;

  private final LuceneIndex index;
  private final Schema schema;
  private final QueryFactory queries;
  private final int facetValues;
  private final int maxWindow;
  private final int trackTotalHits;
  /** Whether the top-hits pass scores every match (no skipping): the exact reference, slower. */
  private final boolean scoreEveryMatch;
  private final DirectSpellChecker spell = new DirectSpellChecker();
  private final Map<SearchRequest.Sort, Sort> sorts = new LinkedHashMap<>();
  private final PageDocuments pageDocuments;
  /** Null when the schema asks for no snippets. */
  private final Snippets snippets;
  private final List<FieldSpec> facetFields;
  private final List<String> facetFieldNames;

  /**
   * A searcher that counts totals and facets exactly and scores every match instead of skipping (for benchmarks and
   * tools that need exact figures, and as the reference that skipping must agree with).
   */
  public Searcher(LuceneIndex index, int facetValues, int maxWindow) {
    this(index, facetValues, maxWindow, Integer.MAX_VALUE, true);
  }

  /**
   * A searcher that counts matches exactly up to {@code trackTotalHits} and reports more as a lower bound, with facets
   * counted over the first {@code trackTotalHits} matches.
   */
  public Searcher(LuceneIndex index, int facetValues, int maxWindow, int trackTotalHits) {
    this(index, facetValues, maxWindow, trackTotalHits, false);
  }

  private Searcher(LuceneIndex index, int facetValues, int maxWindow, int trackTotalHits, boolean scoreEveryMatch) {
    if (trackTotalHits < 1) throw new IllegalArgumentException("trackTotalHits must be at least 1, was " + trackTotalHits);
    this.trackTotalHits = trackTotalHits;
    this.scoreEveryMatch = scoreEveryMatch;
    this.index = index;
    this.schema = index.analysis().config().schema();
    this.queries = new QueryFactory(schema);
    this.facetValues = facetValues;
    this.maxWindow = maxWindow;
    SortField id = new SortField(DocumentMapper.ID_FIELD, SortField.Type.STRING);
    sorts.put(SearchRequest.Sort.relevance, new Sort(SortField.FIELD_SCORE, id));
    SortField newest = new SortField(DATE, SortField.Type.LONG, true);
    newest.setMissingValue(Long.MIN_VALUE);
    sorts.put(SearchRequest.Sort.newest, new Sort(newest, id));
    SortField start = new SortField(EVENT_START, SortField.Type.LONG, false);
    start.setMissingValue(Long.MAX_VALUE);
    sorts.put(SearchRequest.Sort.start, new Sort(start, id));
    Schema.Spelling sp = schema.spelling();
    if (sp != null && sp.maxEdits() != null) spell.setMaxEdits(sp.maxEdits());
    if (sp != null && sp.minQueryLength() != null) spell.setMinQueryLength(sp.minQueryLength());
    Schema.Highlight h = schema.highlight();
    java.util.Set<String> textFields = new java.util.HashSet<>();
    for (FieldSpec f : schema.fields()) if (f.type() == FieldType.text) textFields.add(f.name());
    snippets = h == null ? null
        : new Snippets(h.field(), h.length() == null ? DEFAULT_SNIPPET_LENGTH : h.length(), index.analysis().indexAnalyzer(), textFields);
    pageDocuments = new PageDocuments(schema, h == null ? null : h.field(), Snippets.MAX_CHARS);
    facetFields = schema.fields().stream().filter(FieldSpec::isFaceted).toList();
    facetFieldNames = facetFields.stream().map(FieldSpec::name).toList();
  }

  public LuceneIndex index() {
    return index;
  }

  /**
   * Runs one search. Throws {@link QuerySyntax.QuerySyntaxException} for an unreadable query and
   * IllegalArgumentException (message for the user) for a request the schema cannot serve.
   */
  public SearchResult search(SearchRequest r) throws IOException, QuerySyntax.QuerySyntaxException {
    long t0 = System.nanoTime();
    QuerySyntax.Parsed parsed = QuerySyntax.parse(r.q());
    if (r.cursor() == null && (long) r.page() * r.size() > maxWindow) {
      throw new BadParameter("page", "page " + r.page() + " of size " + r.size() + " is deeper than " + maxWindow
          + " hits; follow nextCursor to page further");
    }
    Analyzer analyzer = index.analysis().queryAnalyzer(r.vertical());
    QueryFactory.Built built = queries.build(parsed, analyzer);
    Query filter = filters(r);
    KbSearcher s = index.acquire();
    try {
      Query text = built.query();
      // The counting pass needs only the matches: the query without the fields that add score but no match.
      Query matching = built.matching();
      Schema.Feedback fb = schema.ranking() == null ? null : schema.ranking().feedback();
      if (fb != null && fb.docs() != null && fb.docs() > 0 && built.clauses() > 0 && r.sort() == SearchRequest.Sort.relevance) {
        TopDocs first = s.search(withFilter(text, filter), fb.docs());
        text = Feedback.expand(text, built.clauses(), first.scoreDocs, s.getIndexReader(), fb);
        matching = text;
      }
      // The filter goes inside the ranking so that the filtered text query's own bulk scorer does the skipping.
      Query query = ranked(withFilter(text, filter));
      Sort sort = sorts.get(r.sort());
      FieldDoc after;
      try {
        after = r.cursor() == null ? null : Cursor.decode(r.cursor(), r.sort(), sort.getSort().length, s.getIndexReader().maxDoc());
      } catch (IllegalArgumentException e) {
        throw new BadParameter("cursor", e.getMessage());
      }
      int n = r.cursor() == null ? r.page() * r.size() : r.size();
      // Totals and facets come from a pass that does not score; the top-hits pass counts only its own page, so it
      // skips what cannot compete (block-max WAND for relevance, competitive iterators for the date sorts) as soon
      // as the page is full.
      TopDocs top = s.search(query, new TopFieldCollectorManager(sort, n, after, scoreEveryMatch ? Integer.MAX_VALUE : n));
      boolean countFacets = r.facets() && s.facetState() != null;
      BoundedMatches.Result matches = s.search(withFilter(matching, filter),
          new BoundedMatches(trackTotalHits, countFacets ? s.facetState() : null));
      long total = matches.count();
      boolean exact = matches.exact();
      Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
      if (countFacets) {
        facets = matches.facets().top(facetFieldNames, facetValues);
      } else if (r.facets()) {
        for (FieldSpec f : facetFields) facets.put(f.name(), Map.of());
      }
      int from = r.cursor() == null ? (r.page() - 1) * r.size() : 0;
      ScoreDoc[] page = from >= top.scoreDocs.length ? new ScoreDoc[0]
          : java.util.Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + r.size()));
      int[] docs = new int[page.length];
      for (int i = 0; i < page.length; i++) docs[i] = page[i].doc;
      // One stored-fields read per hit: the fields it shows and the text its snippet is cut from.
      PageDocuments.Page loaded = pageDocuments.read(s.storedFields(), docs, snippets != null);
      String[] snippetTexts = snippets == null || page.length == 0 ? null : snippets.highlight(s, query, docs, loaded.texts());
      List<Map<String, Object>> hits = loaded.hits();
      for (int i = 0; i < page.length; i++) {
        Map<String, Object> hit = hits.get(i);
        if (snippetTexts != null) hit.put("snippet", snippetTexts[i]);
        // A field sort does not fill ScoreDoc.score; the relevance sort's first sort value is the score.
        if (r.sort() == SearchRequest.Sort.relevance && built.clauses() > 0) hit.put("score", ((FieldDoc) page[i]).fields[0]);
      }
      String next = page.length == r.size() && page.length > 0 && from + page.length < total
          ? Cursor.encode(r.sort(), (FieldDoc) page[page.length - 1]) : null;
      String suggestion = suggest(s, parsed, r.q(), total);
      return new SearchResult(total, exact ? SearchResult.EXACT : SearchResult.LOWER_BOUND, (System.nanoTime() - t0) / 1_000_000,
          hits, facets, suggestion, next, index.schemaDiffers());
    } finally {
      index.release(s);
    }
  }

  /** Documents like the one with this id (MoreLikeThis on the stored searched fields), or null for an unknown id. */
  public List<Map<String, Object>> related(String id, String vertical, int size, int minTermFreq, int minDocFreq) throws IOException {
    KbSearcher s = index.acquire();
    try {
      TopDocs self = s.search(new TermQuery(new Term(DocumentMapper.ID_FIELD, id)), 1);
      if (self.scoreDocs.length == 0) return null;
      MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
      mlt.setAnalyzer(index.analysis().indexAnalyzer());
      mlt.setFieldNames(schema.fields().stream().filter(f -> f.isSearched() && f.isStored()).map(FieldSpec::name).toArray(String[]::new));
      mlt.setMinTermFreq(minTermFreq);
      mlt.setMinDocFreq(minDocFreq);
      BooleanQuery.Builder b = new BooleanQuery.Builder()
          .add(mlt.like(self.scoreDocs[0].doc), Occur.MUST)
          .add(new TermQuery(new Term(DocumentMapper.ID_FIELD, id)), Occur.MUST_NOT);
      if (vertical != null) b.add(new TermQuery(new Term(VERTICAL, vertical)), Occur.FILTER);
      TopDocs top = s.search(b.build(), size);
      int[] docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) docs[i] = top.scoreDocs[i].doc;
      List<Map<String, Object>> hits = pageDocuments.read(s.storedFields(), docs, false).hits();
      for (int i = 0; i < docs.length; i++) hits.get(i).put("score", top.scoreDocs[i].score);
      return hits;
    } finally {
      index.release(s);
    }
  }

  private Query ranked(Query text) {
    Schema.Ranking r = schema.ranking();
    if (r == null) return text;
    double rw = r.recency() == null || r.recency().weight() == null ? 0 : r.recency().weight();
    double half = r.recency() == null || r.recency().halfLifeDays() == null ? 1 : r.recency().halfLifeDays();
    double aw = r.authority() == null || r.authority().weight() == null ? 0 : r.authority().weight();
    if (rw <= 0 && aw <= 0) return text;
    return new RankedQuery(text, new RankSignals(rw, half, r.authority() == null ? null : r.authority().field(), aw, System.currentTimeMillis()));
  }

  private static Query withFilter(Query q, Query filter) {
    if (filter == null) return q;
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  private Query filters(SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    if (r.vertical() != null) any |= add(b, terms(VERTICAL, List.of(r.vertical())));
    any |= add(b, terms(TYPE, r.types()));
    any |= add(b, terms(SOURCE, r.sources()));
    any |= add(b, terms(TOPIC, r.topics()));
    if (r.from() != null || r.to() != null) {
      require(DATE, FieldType.date, "from/to");
      any |= add(b, LongPoint.newRangeQuery(DATE, r.from() == null ? Long.MIN_VALUE : r.from().toEpochMilli(),
          r.to() == null ? Long.MAX_VALUE : r.to().toEpochMilli()));
    }
    if (r.upcoming()) {
      require(EVENT_START, FieldType.date, "upcoming");
      long now = System.currentTimeMillis();
      BooleanQuery.Builder u = new BooleanQuery.Builder().add(LongPoint.newRangeQuery(EVENT_START, now, Long.MAX_VALUE), Occur.SHOULD);
      if (schema.field(EVENT_END) != null) u.add(LongPoint.newRangeQuery(EVENT_END, now, Long.MAX_VALUE), Occur.SHOULD);
      any |= add(b, u.build());
    }
    if (r.near() != null) {
      require(LOCATION, FieldType.geo, "near");
      any |= add(b, LatLonPoint.newDistanceQuery(LOCATION, r.near().lat(), r.near().lon(), r.radiusKm() * METRES_PER_KM));
    }
    return any ? b.build() : null;
  }

  private static boolean add(BooleanQuery.Builder b, Query q) {
    if (q == null) return false;
    b.add(q, Occur.FILTER);
    return true;
  }

  private Query terms(String field, List<String> values) {
    if (values == null || values.isEmpty()) return null;
    require(field, FieldType.keyword, field);
    if (values.size() == 1) return new TermQuery(new Term(field, values.getFirst()));
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (String v : values) b.add(new TermQuery(new Term(field, v)), Occur.SHOULD);
    return b.build();
  }

  private void require(String field, FieldType type, String parameter) {
    FieldSpec f = schema.field(field);
    if (f == null || f.type() != type) {
      throw new BadParameter(parameter, "the index schema has no " + type + " field '" + field + "', so '" + parameter + "' cannot be used");
    }
  }

  /** Whether the query matches by word positions (phrases, also those synonyms expand to), not by words alone. */
  static boolean hasPositions(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query q, Term... terms) {
        if (q instanceof PhraseQuery || q instanceof MultiPhraseQuery || q instanceof SpanQuery) found[0] = true;
      }

      @Override
      public void visitLeaf(Query q) {
        if (q instanceof PhraseQuery || q instanceof MultiPhraseQuery || q instanceof SpanQuery) found[0] = true;
      }

      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }
    });
    return found[0];
  }

  /** The query with misspelt words replaced by the closest indexed word, or null when nothing needs changing. */
  private String suggest(KbSearcher s, QuerySyntax.Parsed parsed, String q, long total) throws IOException {
    Schema.Spelling sp = schema.spelling();
    if (sp == null || q == null) return null;
    int below = sp.suggestBelowHits() == null ? 1 : sp.suggestBelowHits();
    if (total >= below) return null;
    Analyzer a = index.analysis().indexAnalyzer();
    StringBuilder out = new StringBuilder(q);
    boolean changed = false;
    List<Clause> words = new ArrayList<>(parsed.words());
    words.sort((x, y) -> Integer.compare(y.column(), x.column()));
    for (Clause w : words) {
      String token = singleToken(a, sp.field(), w.text());
      if (token == null || s.getIndexReader().docFreq(new Term(sp.field(), token)) > 0) continue;
      SuggestWord[] best = spell.suggestSimilar(new Term(sp.field(), token), 1, s.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (best.length == 0) continue;
      int start = w.column() - 1;
      int idx = q.indexOf(w.text(), start);
      if (idx < 0) continue;
      out.replace(idx, idx + w.text().length(), best[0].string);
      changed = true;
    }
    return changed ? out.toString() : null;
  }

  private static String singleToken(Analyzer a, String field, String text) throws IOException {
    try (TokenStream ts = a.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String first = ts.incrementToken() ? term.toString() : null;
      boolean more = ts.incrementToken();
      ts.end();
      return more ? null : first;
    }
  }
}
