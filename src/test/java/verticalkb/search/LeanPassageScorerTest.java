package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The allocation-free passage score is Lucene's default one, bit for bit, so snippets pick the same passages. */
class LeanPassageScorerTest {

  @Test
  void scoresEveryPassageExactlyAsLucenesDefaultScorer() {
    Random random = new Random(3);
    List<String> words = List.of("alpha", "beta", "gamma", "delta", "epsilon");
    PassageScorer lucene = new PassageScorer();
    LeanPassageScorer lean = new LeanPassageScorer();
    for (int run = 0; run < 20_000; run++) {
      Passage p = new Passage();
      int start = random.nextInt(5_000);
      int length = 1 + random.nextInt(600);
      p.setStartOffset(start);
      p.setEndOffset(start + length);
      int matches = random.nextInt(12);
      int at = start;
      for (int m = 0; m < matches && at < start + length; m++) {
        String w = words.get(random.nextInt(1 + random.nextInt(words.size())));
        // A fresh BytesRef per match, as equal terms need not be the same instance.
        p.addMatch(at, Math.min(start + length, at + w.length()), new BytesRef(w), 1 + random.nextInt(40));
        at += random.nextInt(1 + length / 4);
      }
      int contentLength = start + length + random.nextInt(10_000);
      assertThat(Float.floatToIntBits(lean.score(p, contentLength))).as("run " + run)
          .isEqualTo(Float.floatToIntBits(lucene.score(p, contentLength)));
    }
  }
}
