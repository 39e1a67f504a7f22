package verticalkb.index;

import java.util.List;
import java.util.stream.Collectors;
import verticalkb.Problem.FieldError;

/** The schema files in index-config/ have errors; each names its file, line and field. */
public class SchemaException extends RuntimeException {

  private final List<FieldError> errors;

  public SchemaException(List<FieldError> errors) {
    super(errors.stream()
        .map(e -> e.file() + (e.line() == null ? "" : ":" + e.line()) + ": " + (e.field() == null || e.field().isEmpty() ? "" : e.field() + ": ") + e.message())
        .collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
