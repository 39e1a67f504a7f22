package verticalkb;

import java.util.List;

/** Thrown by any layer to answer the client with a problem detail instead of a result. */
public class ProblemException extends RuntimeException {

  private final int status;
  private final String title;
  private final List<Problem.FieldError> errors;

  public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public ProblemException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  public static ProblemException notFound(String what, String id, String hint) {
    return new ProblemException(404, "Not found", "No " + what + " with id '" + id + "'. " + hint);
  }

  public static ProblemException badRequest(String detail, List<Problem.FieldError> errors) {
    return new ProblemException(400, "Invalid request", detail, errors);
  }

  public static ProblemException badRequest(String field, String message) {
    return badRequest(field + ": " + message, List.of(new Problem.FieldError(field, message)));
  }

  public Problem toProblem(String instance) {
    return new Problem("about:blank", title, status, getMessage(), instance, errors);
  }

  public int status() {
    return status;
  }
}
