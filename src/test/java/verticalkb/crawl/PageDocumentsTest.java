package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PageDocumentsTest {

  @Test
  void whitespaceRunsCollapseExactlyAsTheRegexDid() {
    String[] samples = {"", " ", "a", "  a  b\t\tc\n", "\r\n\u000B\f x", "a\u00A0 b\u2003\u2003c", "\u001C lead", "end \t"};
    for (String s : samples) assertThat(PageDocuments.collapseWhitespace(s)).isEqualTo(s.replaceAll("\\s+", " "));
    // random mixes of letters, regex whitespace and other space characters
    char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', 'é'};
    Random r = new Random(7);
    for (int n = 0; n < 1000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(40); i > 0; i--) b.append(alphabet[r.nextInt(alphabet.length)]);
      String s = b.toString();
      assertThat(PageDocuments.collapseWhitespace(s)).as("%s", s).isEqualTo(s.replaceAll("\\s+", " "));
    }
  }

  @Test
  void textsDifferingOnlyInCaseAndSpacingHashAlike() {
    assertThat(PageDocuments.textHash("Hello\n\n  World ")).isEqualTo(PageDocuments.textHash("hello world"));
    assertThat(PageDocuments.textHash("hello world")).isNotEqualTo(PageDocuments.textHash("hello  worlds"));
    assertThat(PageDocuments.textHash(" \n ")).isNull();
  }
}
