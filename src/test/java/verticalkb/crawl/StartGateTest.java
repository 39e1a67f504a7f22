package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StartGateTest {

  static final Instant START = Instant.parse("2026-12-02T08:00:00Z");
  static final Duration SPREAD = Duration.ofHours(1);
  static final Duration RETRY = Duration.ofMinutes(30);

  @Test
  void sourcesThatNeverRanStartSpreadOverTheWindowNotAllAtOnce() {
    StartGate gate = new StartGate(START, SPREAD, RETRY, host -> true);
    List<String> ids = IntStream.range(0, 41).mapToObj(i -> "healthcare-source-" + i).toList();
    long atStart = ids.stream().filter(id -> gate.mayStart(id, "https://example.org/", null, START)).count();
    long withinWindow = ids.stream().filter(id -> gate.mayStart(id, "https://example.org/", null, START.plus(SPREAD))).count();
    long firstQuarter = ids.stream().filter(id -> gate.mayStart(id, "https://example.org/", null, START.plus(SPREAD.dividedBy(4)))).count();
    assertThat(atStart).isLessThanOrEqualTo(2);
    assertThat(firstQuarter).isBetween(3L, 25L);
    assertThat(withinWindow).isEqualTo(41);
  }

  @Test
  void aSourceKeepsItsFirstRunTimeAcrossCallsAndItIsInsideTheWindow() {
    StartGate gate = new StartGate(START, SPREAD, RETRY, host -> true);
    Instant first = gate.firstRunAt("banking-ft");
    assertThat(gate.firstRunAt("banking-ft")).isEqualTo(first);
    assertThat(first).isBetween(START, START.plus(SPREAD));
  }

  @Test
  void aSourceThatRanBeforeIsNotHeldBackBySpread() {
    StartGate gate = new StartGate(START, SPREAD, RETRY, host -> true);
    String late = IntStream.range(0, 100).mapToObj(i -> "s" + i).filter(id -> gate.firstRunAt(id).isAfter(START.plusSeconds(600)))
        .findFirst().orElseThrow();
    assertThat(gate.mayStart(late, "https://example.org/", START.minus(Duration.ofDays(1)), START)).isTrue();
  }

  @Test
  void anUnresolvedHostIsSkippedAndLookedUpAgainOnlyAfterTheRetryTime() {
    List<String> lookups = new ArrayList<>();
    Set<String> online = new java.util.HashSet<>();
    StartGate gate = new StartGate(START, Duration.ZERO, RETRY, host -> {
      lookups.add(host);
      return online.contains(host);
    });
    assertThat(gate.mayStart("a", "https://offline.example/feed", null, START)).isFalse();
    assertThat(gate.mayStart("a", "https://offline.example/feed", null, START.plus(RETRY).minusSeconds(1))).isFalse();
    assertThat(lookups).containsExactly("offline.example");
    online.add("offline.example");
    assertThat(gate.mayStart("a", "https://offline.example/feed", null, START.plus(RETRY))).isTrue();
    assertThat(lookups).containsExactly("offline.example", "offline.example");
  }

  @Test
  void aResolvingHostIsStartedAndOneThatFailsDoesNotHoldBackOthers() {
    StartGate gate = new StartGate(START, Duration.ZERO, RETRY, host -> host.equals("up.example"));
    assertThat(gate.mayStart("down", "https://down.example/", null, START)).isFalse();
    assertThat(gate.mayStart("up", "https://up.example/", null, START)).isTrue();
  }
}
