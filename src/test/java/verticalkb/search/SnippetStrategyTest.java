package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Which queries need the highlighter's position-aware (MemoryIndex) path: phrases do, words alone do not. */
class SnippetStrategyTest {

  @Test
  void aQueryOfWordsAloneNeedsNoPositions() {
    BooleanQuery words = new BooleanQuery.Builder()
        .add(new TermQuery(new Term("all", "hospit")), Occur.SHOULD)
        .add(new TermQuery(new Term("all", "budget")), Occur.SHOULD)
        .build();
    assertThat(Searcher.hasPositions(words)).isFalse();
  }

  @Test
  void aPhraseAnywhereInTheQueryNeedsPositions() {
    BooleanQuery withPhrase = new BooleanQuery.Builder()
        .add(new TermQuery(new Term("all", "rural")), Occur.SHOULD)
        .add(new BooleanQuery.Builder().add(new PhraseQuery("all", "hospit", "budget"), Occur.MUST).build(), Occur.SHOULD)
        .build();
    assertThat(Searcher.hasPositions(withPhrase)).isTrue();
  }
}
