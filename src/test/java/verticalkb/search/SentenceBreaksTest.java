package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

  private static List<Integer> forward(BreakIterator it, String text) {
    it.setText(text);
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) out.add(b);
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "One. Two! Three? Four",
      "He said \"stop.\" Then he left.",
      "Prices rose 3.5 percent. Nobody knew why.",
      "A sentence without an end",
      "Wait… really? Yes."})
  void breaksWhereTheJdkSentenceIteratorBreaksOnPlainProse(String text) {
    assertThat(forward(new SentenceBreaks(), text)).isEqualTo(forward(BreakIterator.getSentenceInstance(Locale.ROOT), text));
  }

  @Test
  void lineAndParagraphBreaksEndSentences() {
    assertThat(forward(new SentenceBreaks(), "Title\nBody text\u2029Next value")).containsExactly(0, 6, 16, 26);
  }

  @Test
  void abbreviationsFollowedByLowerCaseDoNotEndASentence() {
    assertThat(forward(new SentenceBreaks(), "Use e.g. the tool. Then stop.")).containsExactly(0, 19, 29);
  }

  @Test
  void followingAndPrecedingFindTheNeighbouringBoundaries() {
    SentenceBreaks it = new SentenceBreaks();
    it.setText("One. Two. Three.");
    assertThat(it.following(0)).isEqualTo(5);
    assertThat(it.following(5)).isEqualTo(10);
    assertThat(it.current()).isEqualTo(10);
    assertThat(it.following(16)).isEqualTo(BreakIterator.DONE);
    assertThat(it.preceding(7)).isEqualTo(5);
    assertThat(it.preceding(5)).isEqualTo(0);
    assertThat(it.preceding(0)).isEqualTo(BreakIterator.DONE);
    assertThat(it.isBoundary(10)).isTrue();
    assertThat(it.isBoundary(11)).isFalse();
    assertThat(it.last()).isEqualTo(16);
    assertThatThrownBy(() -> it.following(17)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void itsWhiteSpaceTestAgreesWithTheJdksForEveryChar() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(SentenceBreaks.isSpace(c)).as("U+%04X", (int) c).isEqualTo(Character.isWhitespace(c));
    }
  }

  @Test
  void emptyTextHasOneBoundary() {
    assertThat(forward(new SentenceBreaks(), "")).containsExactly(0);
  }

  @Test
  void aRunWithoutSentenceEndsIsBrokenAtWordStartsWithinTheLongestSentence() {
    String text = "lower case words without any sentence end at all and on and on";
    List<Integer> bounds = forward(new SentenceBreaks(20), text);
    assertThat(bounds).startsWith(0).endsWith(text.length());
    for (int i = 1; i < bounds.size(); i++) {
      assertThat(bounds.get(i) - bounds.get(i - 1)).isLessThanOrEqualTo(20);
      if (bounds.get(i) < text.length()) assertThat(text.charAt(bounds.get(i) - 1)).isEqualTo(' ');
    }
  }

  @Test
  void sentencesShorterThanTheLongestBreakOnlyAtTheirEnds() {
    String text = "One short sentence. Another one here! And a third?";
    assertThat(forward(new SentenceBreaks(40), text)).isEqualTo(forward(new SentenceBreaks(), text));
  }
}
