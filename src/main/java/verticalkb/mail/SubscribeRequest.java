package verticalkb.mail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import verticalkb.Problem.FieldError;
import verticalkb.ProblemException;
import verticalkb.vertical.Vertical;

/** The body of {@code POST /api/subscriptions}: an address, the verticals wanted, optionally a name to greet. */
public record SubscribeRequest(String email, List<String> verticals, String name) {

  /** RFC 5321 §4.5.3.1.3: a path is at most 256 octets, so an address at most 254. */
  static final int MAX_EMAIL = 254;
  static final int MAX_NAME = 200;
  /** A pragmatic address check: one @, no spaces or brackets, a dotted domain of letters, digits and hyphens. */
  private static final Pattern EMAIL = Pattern.compile(
      "[^@\\s<>()\\[\\],;:\"\\\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** The distinct, existing vertical ids asked for; a 400 naming every offending field otherwise. */
  List<String> validate() {
    List<FieldError> errors = new ArrayList<>();
    String address = email == null ? "" : email.strip();
    if (address.isEmpty()) errors.add(new FieldError("email", "is required: the address the briefings go to"));
    else if (address.length() > MAX_EMAIL || !EMAIL.matcher(address).matches()) {
      errors.add(new FieldError("email", "'" + address + "' is not an e-mail address: write it like name@example.org"));
    }
    if (name != null && (name.length() > MAX_NAME || CONTROL.matcher(name).find())) {
      errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters on one line"));
    }
    Set<String> ids = new LinkedHashSet<>();
    if (verticals == null || verticals.isEmpty()) {
      errors.add(new FieldError("verticals", "is required: a list of vertical ids such as [\"healthcare\"]; GET /api/verticals lists them"));
    } else {
      for (int i = 0; i < verticals.size(); i++) {
        String id = verticals.get(i) == null ? "" : verticals.get(i).strip();
        Vertical v = id.isEmpty() ? null : Vertical.findById(id);
        if (v == null || v.retired) {
          errors.add(new FieldError("verticals[" + i + "]", "unknown vertical '" + id + "'; GET /api/verticals lists the verticals"));
        } else {
          ids.add(id);
        }
      }
    }
    if (!errors.isEmpty()) {
      String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
      throw ProblemException.badRequest(detail, errors);
    }
    return List.copyOf(ids);
  }
}
