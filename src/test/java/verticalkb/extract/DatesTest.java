package verticalkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "null", value = {
      "2024-03-05T09:30:00+01:00 | 2024-03-05T08:30:00Z",
      "2024-03-05T09:30:00.123Z | 2024-03-05T09:30:00.123Z",
      "2024-03-05 09:30 | 2024-03-05T09:30:00Z",
      "2024-03-05T09:30:00+0100 | 2024-03-05T08:30:00Z",
      "2024-03-05 | 2024-03-05T00:00:00Z",
      "20240305T093000Z | 2024-03-05T09:30:00Z",
      "Tue, 05 Mar 2024 09:30:00 GMT | 2024-03-05T09:30:00Z",
      "Tue, 5 Mar 2024 09:30:00 -0500 | 2024-03-05T14:30:00Z",
      "March 5, 2024 | 2024-03-05T00:00:00Z",
      "5 March 2024 | 2024-03-05T00:00:00Z",
      "05.03.2024 | 2024-03-05T00:00:00Z",
      "2024-13-45 | null",
      "0000-00-00 | null",
      "yesterday | null",
      "'' | null"})
  void readsCommonFormatsAndRejectsNonsense(String text, String expected) {
    assertThat(Dates.parse(text)).isEqualTo(expected == null ? null : Instant.parse(expected));
  }
}
