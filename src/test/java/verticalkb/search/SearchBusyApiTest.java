package verticalkb.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static verticalkb.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** With every search turn taken, GET /api/search answers 503 with Retry-After, never a 500, then serves again. */
@QuarkusTest
@TestProfile(SearchBusyApiTest.OneTurnShortWait.class)
class SearchBusyApiTest {

  public static class OneTurnShortWait implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("kb.search.max-concurrent", "1", "kb.search.max-wait", "100ms", "kb.search.retry-after", "3s");
    }
  }

  @Inject
  SearchService search;

  @Test
  void aSearchWithNoFreeTurnIsA503WithRetryAfterAndTheNextOneIsServed() throws Exception {
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = Thread.ofPlatform().start(() -> search.gate().run(() -> {
      holding.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return null;
    }));
    try {
      holding.await(10, TimeUnit.SECONDS);
      anonymous().get("/api/search?q=anything").then().statusCode(503)
          .header("Retry-After", "3")
          .contentType("application/problem+json")
          .body("status", equalTo(503))
          .body("detail", containsString("busy"));
      anonymous().get("/api/documents/none/related").then().statusCode(503).header("Retry-After", "3");
    } finally {
      release.countDown();
      holder.join();
    }
    anonymous().get("/api/search?q=anything").then().statusCode(200);
  }
}
