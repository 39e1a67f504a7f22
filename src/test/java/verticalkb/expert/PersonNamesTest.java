package verticalkb.expert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNamesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Dr. Jane A. O'Neill, PhD | jane oneill",
      "jane o’neill            | jane oneill",
      "PROF. JANE ONEILL       | jane oneill",
      "O'Neill, Jane           | jane oneill",
      "Zoë Ní Bhriain          | zoe ni bhriain",
      "Mr John  F. Murphy Jr.  | john murphy"})
  void personKeysIgnoreTitlesInitialsCaseAndAccents(String name, String key) {
    assertThat(PersonNames.personKey(name)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Acme Health, Inc.     | acme health",
      "ACME Health Ltd       | acme health",
      "The Johnson & Johnson | johnson and johnson",
      "St. Vincent's Hospital | st vincents hospital"})
  void organisationKeysIgnoreLegalFormsAndPunctuation(String org, String key) {
    assertThat(PersonNames.orgKey(org)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({
      "https://www.LinkedIn.com/in/jane/, linkedin.com/in/jane",
      "http://linkedin.com/in/jane?trk=x, linkedin.com/in/jane"})
  void profileKeysIgnoreSchemeWwwAndTrailingSlash(String url, String key) {
    assertThat(PersonNames.profileKey(url)).isEqualTo(key);
  }
}
