package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordsTest {

  private static final String WORDS = "-ad-|hidden| hid |banner|most-?popular|rich-?text|sr-only";
  /** The regex the list used to be, anchors for the whole word "hid" included. */
  private static final Pattern REGEX = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|most-?popular|rich-?text|sr-only", Pattern.CASE_INSENSITIVE);

  @ParameterizedTest
  @ValueSource(strings = {"", "hid", "hid x", "x hid", "a hid b", "hidx", "xhid", "HID", "Hidden-Thing", "top-BANNER",
      "mostpopular", "most-popular", "most--popular", "Rich-Text", "richtext", "site-ad-slot", "ad-", "sr-only",
      "sr_only", "article body", "İ-banner", "\u212Aanner", "banneR"})
  void matchesWhatTheAlternationRegexFinds(String names) {
    assertThat(Keywords.of(WORDS).in(names)).as(names).isEqualTo(REGEX.matcher(names).find());
  }
}
