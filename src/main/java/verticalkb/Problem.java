package verticalkb;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail: what went wrong, in words a person can act on, and which fields were at fault.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One offending input: the field (a JSON path such as {@code scope.allow[0]}) and what to do about it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record FieldError(String field, String message, String file, Integer line) {
    public FieldError(String field, String message) {
      this(field, message, null, null);
    }
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null, List.of());
  }
}
