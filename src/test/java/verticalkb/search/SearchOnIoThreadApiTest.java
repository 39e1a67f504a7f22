package verticalkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static verticalkb.Api.anonymous;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With {@code kb.search.on-io-thread}, searches that need no blocking look-up are answered on the I/O thread and the
 * others still go to a worker: a vertical not yet read from the catalogue, an unknown one (404) and a place name in
 * {@code near} (which would fail on an I/O thread) answer as they do without the setting.
 */
@QuarkusTest
@TestProfile(SearchOnIoThreadApiTest.OnIoThread.class)
class SearchOnIoThreadApiTest {

  public static class OnIoThread implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("kb.search.on-io-thread", "true");
    }
  }

  @Inject
  SearchService search;

  @Test
  void onlySearchesThatCannotBlockAreAnsweredInPlace() {
    assertThat(search.searchWithoutBlocking(request(null))).isNotNull();
    // The catalogue has not been read for this vertical yet: that read blocks, so the search is left to a worker.
    assertThat(search.searchWithoutBlocking(request("no-such-vertical"))).isNull();
    anonymous().get("/api/search?q=anything&vertical=no-such-vertical").then().statusCode(404);
    anonymous().get("/api/search?q=anything&vertical=healthcare").then().statusCode(200).body("totalRelation", equalTo("eq"));
    // Now the catalogue's verticals are known: the same search runs in place.
    assertThat(search.searchWithoutBlocking(request("healthcare"))).isNotNull();
    anonymous().get("/api/search?q=anything&vertical=healthcare").then().statusCode(200).body("totalRelation", equalTo("eq"));
  }

  @Test
  void placeNamesAndBadParametersAnswerAsOnAWorker() {
    anonymous().get("/api/search?q=anything&near=53.35,-6.26").then().statusCode(200);
    // Resolving a place name reads the gazetteer: on a worker, a known city is found and an unknown one is a 400.
    anonymous().get("/api/search?q=anything&near=Dublin&radiusKm=50").then().statusCode(200);
    anonymous().get("/api/search?q=anything&near=Atlantis under the sea").then().statusCode(400).body("errors.field", hasItem("near"));
    anonymous().get("/api/search?q=anything&size=0").then().statusCode(400).contentType("application/problem+json")
        .body("errors.field", hasItem("size"));
  }

  private static SearchRequest request(String vertical) {
    return new SearchRequest("anything", vertical, List.of(), List.of(), List.of(), null, null, false, null, 0, SearchRequest.Sort.relevance, 1,
        10, null, true);
  }
}
