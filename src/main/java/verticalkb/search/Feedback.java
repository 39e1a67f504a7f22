package verticalkb.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import verticalkb.index.Schema;

/**
 * RM3 pseudo-relevance feedback (Lavrenko and Croft's relevance model, interpolated with the query as in
 * Abdul-Jaleel et al., TREC 2004): the top documents of a first pass vote for terms with weight
 * P(w|d)·score(d); the best terms, normalised, are mixed with the original query. Reads term vectors of the
 * feedback field, so that field must be indexed with {@code termVectors: true}.
 */
final class Feedback {

  /** Terms in more than this share of all documents carry no topical signal (the filter Anserini's RM3 uses). */
  private static final double MAX_DOC_FREQ_RATIO = 0.1;
  private static final int DEFAULT_MIN_TERM_LENGTH = 2;

  private Feedback() {}

  /**
   * The expanded query: the original weighted {@code originalWeight / |query terms|} per clause, plus the
   * feedback terms weighted {@code (1 − originalWeight) · P(w|R)}.
   */
  static Query expand(Query original, int originalTerms, ScoreDoc[] top, IndexReader reader, Schema.Feedback fb) throws IOException {
    int docs = Math.min(top.length, fb.docs());
    if (docs == 0 || originalTerms == 0) return original;
    TermVectors vectors = reader.termVectors();
    Map<String, Double> weights = new HashMap<>();
    int numDocs = Math.max(1, reader.numDocs());
    int minLength = fb.minTermLength() == null ? DEFAULT_MIN_TERM_LENGTH : fb.minTermLength();
    Map<String, Integer> dfCache = new HashMap<>();
    for (int i = 0; i < docs; i++) {
      Fields f = vectors.get(top[i].doc);
      Terms terms = f == null ? null : f.terms(fb.field());
      if (terms == null) continue;
      Map<String, Long> tf = new HashMap<>();
      long length = 0;
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        long freq = te.totalTermFreq();
        length += freq;
        String s = t.utf8ToString();
        if (s.length() < minLength || !isWord(s)) continue;
        tf.put(s, freq);
      }
      if (length == 0) continue;
      double score = top[i].score;
      for (var e : tf.entrySet()) {
        int df = dfCache.computeIfAbsent(e.getKey(), k -> {
          try {
            return reader.docFreq(new Term(fb.field(), k));
          } catch (IOException ex) {
            return numDocs;
          }
        });
        if (df > numDocs * MAX_DOC_FREQ_RATIO) continue;
        weights.merge(e.getKey(), score * e.getValue() / length, Double::sum);
      }
    }
    List<Map.Entry<String, Double>> best = weights.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(fb.terms()).toList();
    double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
    if (sum <= 0) return original;
    double lambda = fb.originalWeight();
    BooleanQuery.Builder expansion = new BooleanQuery.Builder();
    for (var e : best) {
      expansion.add(new BoostQuery(new TermQuery(new Term(fb.field(), e.getKey())), (float) ((1 - lambda) * e.getValue() / sum)), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(original, (float) (lambda / originalTerms)), Occur.SHOULD)
        .add(expansion.build(), Occur.SHOULD)
        .build();
  }

  private static boolean isWord(String s) {
    for (int i = 0; i < s.length(); i++) if (!Character.isLetterOrDigit(s.charAt(i))) return false;
    return true;
  }
}
