package verticalkb.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailComposerTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "<html><body><p>b</p></body></html> | <html><body><p>b</p><hr></body></html>",
      "<HTML><BODY>b</BODY></HTML>        | <HTML><BODY>b<hr></BODY></HTML>",
      "<p>fragment</p>                    | <p>fragment</p><hr>"})
  void footerGoesInsideTheBodyOrAtTheEndOfAFragment(String html, String expected) {
    assertThat(MailComposer.withFooter(html, "<hr>")).isEqualTo(expected);
  }
}
