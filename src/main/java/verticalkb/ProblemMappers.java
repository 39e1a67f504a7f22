package verticalkb;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure that reaches the REST layer into RFC 9457 {@code application/problem+json}, so that clients
 * always get a message they can act on and never a stack trace.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  static final String BASIC_CHALLENGE = "Basic realm=\"Vertical KB\", charset=\"UTF-8\"";

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.toProblem(path(uri)));
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri) {
    if (e.getCause() instanceof UnrecognizedPropertyException u) return unrecognized(u, uri);
    if (e.getCause() instanceof MismatchedInputException m) return mismatched(m, uri);
    if (e.getCause() instanceof JsonProcessingException j) return json(j, uri);
    int status = e.getResponse().getStatus();
    String title = e.getResponse().getStatusInfo().getReasonPhrase();
    String detail = switch (status) {
      case 404 -> "Nothing is served at " + path(uri) + ". The API is described at /q/openapi and /q/swagger-ui.";
      case 405 -> "This path does not accept that method. The API is described at /q/openapi.";
      case 406 -> "The requested media type is not available here; ask for application/json.";
      case 415 -> "This media type is not accepted here; send application/json (or what /q/openapi lists for this path).";
      default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? title : e.getMessage();
    };
    return respond(new Problem("about:blank", title, status, detail, path(uri), List.of()));
  }

  @ServerExceptionMapper
  public Response violations(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors = e.getConstraintViolations().stream()
        .map(v -> new Problem.FieldError(leafField(v), v.getMessage()))
        .toList();
    String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid input");
    return respond(new Problem("about:blank", "Invalid request", 400, detail, path(uri), errors));
  }

  @ServerExceptionMapper
  public Response unrecognized(UnrecognizedPropertyException e, UriInfo uri) {
    String field = jsonPath(e);
    String known = e.getKnownPropertyIds() == null ? "" : " Known fields: " + e.getKnownPropertyIds() + ".";
    return badJson(uri, field, "unknown field '" + e.getPropertyName() + "'." + known);
  }

  @ServerExceptionMapper
  public Response mismatched(MismatchedInputException e, UriInfo uri) {
    return badJson(uri, jsonPath(e), JsonErrors.describe(e));
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException e, UriInfo uri) {
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    String field = e instanceof JsonMappingException m ? jsonPath(m) : null;
    return badJson(uri, field, "The body is not valid JSON" + where + ": " + e.getOriginalMessage());
  }

  @ServerExceptionMapper
  public Response unauthorized(UnauthorizedException e, UriInfo uri) {
    return challenge(uri, "Sign in with HTTP Basic credentials (a user with the role this action needs).");
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    return challenge(uri, "The user name or password is wrong. An admin can reset it; see README, Security.");
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return respond(new Problem("about:blank", "Forbidden", 403,
        "Your user lacks the role this action needs (writes need editor or admin; managing sources and users needs admin). Ask an admin.",
        path(uri), List.of()));
  }

  @ServerExceptionMapper
  public Response unexpected(Exception e, UriInfo uri) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    LOG.errorf(e, "Unexpected error %s on %s", incident, path(uri));
    return respond(new Problem("about:blank", "Internal error", 500,
        "Something went wrong on our side (incident " + incident + "); the service log has the details. Retry, and report the incident id if it persists.",
        path(uri), List.of()));
  }

  private static Response badJson(UriInfo uri, String field, String message) {
    List<Problem.FieldError> errors = field == null || field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
    String detail = (field == null || field.isEmpty() ? "" : field + ": ") + message;
    return respond(new Problem("about:blank", "Invalid request", 400, detail, path(uri), errors));
  }

  private static Response challenge(UriInfo uri, String detail) {
    return Response.status(401)
        .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE)
        .type(Problem.MEDIA_TYPE)
        .entity(new Problem("about:blank", "Unauthorized", 401, detail, path(uri), List.of()))
        .build();
  }

  static Response respond(Problem p) {
    return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  /** Jackson's reference chain as a readable path: {@code scope.allow[0]}. */
  public static String jsonPath(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        if (!sb.isEmpty()) sb.append('.');
        sb.append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String leafField(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    // Method-parameter paths look like "search.q"; the client knows only the parameter name.
    int dot = path.indexOf('.');
    return dot >= 0 ? path.substring(dot + 1) : path;
  }
}
