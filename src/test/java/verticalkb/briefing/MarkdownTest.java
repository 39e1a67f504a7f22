package verticalkb.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "[click](javascript:x)      | \\[click\\](javascript:x)",
      "*bold* and _it_            | \\*bold\\* and \\_it\\_",
      "# not a heading            | \\# not a heading",
      "<script>alert(1)</script>  | \\<script\\>alert(1)\\</script\\>",
      "2026-11-18 at 09:00+01:00  | 2026-11-18 at 09:00+01:00"})
  void dynamicTextCannotBecomeMarkup(String in, String out) {
    assertThat(Markdown.text(in)).isEqualTo(out);
  }

  @Test
  void onlyWebAddressesAreLinkedDirectly() {
    assertThat(Links.document("http://kb", "javascript:alert(1)", "a b")).isEqualTo("http://kb/api/documents/a%20b");
    assertThat(Links.document("http://kb/", "https://news.example/x", "a")).isEqualTo("https://news.example/x");
  }

  @Test
  void accountNamesMatchWholeWordsWhateverTheCaseAndPunctuation() {
    assertThat(AccountNames.mentions("ACME-Health Inc. opens a clinic", java.util.List.of("Acme Health"))).isTrue();
    assertThat(AccountNames.mentions("Acme Healthcare", java.util.List.of("Acme Health"))).isFalse();
  }
}
