package verticalkb;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Request builders for the roles tests act as; users other than admin are created on first use. */
public final class Api {

  public static final String ADMIN_PASSWORD = "test-admin-password";
  public static final String USER_PASSWORD = "password-of-a-test-user";
  private static final Map<String, Boolean> CREATED = new ConcurrentHashMap<>();

  private Api() {}

  public static RequestSpecification anonymous() {
    return given().contentType(ContentType.JSON);
  }

  public static RequestSpecification admin() {
    return given().auth().preemptive().basic("admin", ADMIN_PASSWORD).contentType(ContentType.JSON);
  }

  public static RequestSpecification editor() {
    return as("test-editor", "editor");
  }

  public static RequestSpecification viewer() {
    return as("test-viewer", "viewer");
  }

  private static RequestSpecification as(String username, String role) {
    CREATED.computeIfAbsent(username, u -> {
      int status = admin().body(Map.of("username", u, "password", USER_PASSWORD, "role", role))
          .post("/api/users").statusCode();
      if (status != 201 && status != 409) throw new IllegalStateException("cannot create test user " + u + ": " + status);
      return true;
    });
    return given().auth().preemptive().basic(username, USER_PASSWORD).contentType(ContentType.JSON);
  }
}
