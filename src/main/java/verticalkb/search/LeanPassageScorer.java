package verticalkb.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score, computed without its per-passage {@code BytesRefHash}: that hash allocates a 32 KB
 * byte block for every passage scored, a third of all the bytes a search allocated in the benchmark's profile (every
 * sentence of every hit's text is a passage). The distinct terms of a passage are the few query terms, so a linear
 * scan finds them; the sum runs over them in order of first appearance, as the hash's ids do, so the float is the same
 * bit for bit (pinned by a test against {@link PassageScorer#score}).
 */
final class LeanPassageScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // Per distinct term, in order of first appearance: the index of that first match, and its count in the passage.
    int[] first = new int[matches];
    int[] inPassage = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      int t = 0;
      while (t < distinct && !terms[first[t]].bytesEquals(terms[i])) t++;
      if (t == distinct) first[distinct++] = i;
      inPassage[t]++;
    }
    double score = 0;
    for (int t = 0; t < distinct; t++) score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[first[t]]);
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
