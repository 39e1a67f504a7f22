package verticalkb.crawl;

import static verticalkb.Api.admin;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test helpers: sources on fixture servers and crawl runs driven through the REST API. */
final class Crawls {

  private static final AtomicInteger SEQ = new AtomicInteger();
  static final String VERTICAL = "healthcare";

  private Crawls() {}

  /** Creates a source (unique name) and answers its id. */
  static String source(String kind, String url, Map<String, Object> scope) {
    Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "url", url, "name", "Fixture " + SEQ.incrementAndGet() + " " + System.nanoTime()));
    if (scope != null) body.put("scope", scope);
    return admin().body(body).post("/api/verticals/" + VERTICAL + "/sources").then().statusCode(201).extract().path("id");
  }

  static String start(String sourceId) {
    return admin().body(Map.of("source", sourceId)).post("/api/crawls").then().statusCode(202).extract().path("id");
  }

  /** Polls the run until it is no longer queued or running; answers its JSON. */
  static JsonPath await(String runId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      JsonPath run = admin().get("/api/crawls/" + runId).then().statusCode(200).extract().jsonPath();
      String state = run.getString("state");
      if (!state.equals("queued") && !state.equals("running")) return run;
      if (System.nanoTime() > deadline) throw new AssertionError("run " + runId + " still " + state + " after " + timeout + ": " + run.prettify());
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
  }

  static JsonPath crawl(String sourceId) {
    return await(start(sourceId), Duration.ofSeconds(60));
  }
}
