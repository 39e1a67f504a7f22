package verticalkb.security;

import static verticalkb.Api.anonymous;
import static verticalkb.Api.viewer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With kb.security.open-reads=false, reading needs a signed-in viewer (or higher). */
@QuarkusTest
@TestProfile(ClosedReadsTest.ClosedReads.class)
class ClosedReadsTest {

  public static class ClosedReads implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("kb.security.open-reads", "false");
    }
  }

  @Test
  void anonymousReadIsA401() {
    anonymous().get("/api/verticals").then().statusCode(401)
        .contentType("application/problem+json");
  }

  @Test
  void viewerReads() {
    viewer().get("/api/verticals").then().statusCode(200);
  }

  @Test
  void theWebPagesFollowTheSameRule() {
    for (String page : new String[] {"/", "/search?q=hospital", "/verticals/healthcare", "/verticals/healthcare/events"}) {
      anonymous().get(page).then().statusCode(401);
      viewer().get(page).then().statusCode(200);
    }
  }

  @Test
  void healthStaysOpenForProbes() {
    anonymous().get("/q/health/ready").then().statusCode(200);
  }
}
