package verticalkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class UniqueRaceTest {

  private static RuntimeException wrapped(String sqlState) {
    return new IllegalStateException("commit failed", new RuntimeException(new SQLException("duplicate", sqlState)));
  }

  @Test
  void aLostInsertRaceIsTriedAgain() {
    AtomicInteger calls = new AtomicInteger();
    String result = UniqueRace.retry(() -> {
      if (calls.incrementAndGet() == 1) throw wrapped("23505");
      return "updated the winner's row";
    });
    assertThat(result).isEqualTo("updated the winner's row");
    assertThat(calls).hasValue(2);
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> UniqueRace.retry(() -> {
      calls.incrementAndGet();
      throw wrapped("23503");
    })).hasMessage("commit failed");
    assertThat(calls).hasValue(1);
  }

  @Test
  void lossesPastTheLastTryAreReportedNotRetriedForever() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> UniqueRace.retry(() -> {
      calls.incrementAndGet();
      throw wrapped("23505");
    })).hasRootCauseInstanceOf(SQLException.class);
    assertThat(calls).hasValue(UniqueRace.TRIES);
  }
}
