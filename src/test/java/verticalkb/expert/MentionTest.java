package verticalkb.expert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MentionTest {

  @Test
  void timesRoundHalfUpToTheMicrosecondAsTheDatabasesStoreThem() {
    Mention m = new Mention();
    m.date = Instant.parse("2026-01-01T00:00:00.000000499Z");
    m.seenAt = Instant.parse("2026-01-01T00:00:00.999999500Z");
    m.roundTimesAsStored();
    assertThat(m.date).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(m.seenAt).isEqualTo(Instant.parse("2026-01-01T00:00:01Z"));
  }

  @Test
  void missingTimesStayMissing() {
    Mention m = new Mention();
    m.roundTimesAsStored();
    assertThat(m.date).isNull();
    assertThat(m.seenAt).isNull();
  }
}
