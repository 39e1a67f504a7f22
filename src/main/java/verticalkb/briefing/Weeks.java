package verticalkb.briefing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.ZoneId;
import verticalkb.ProblemException;
import verticalkb.vertical.Vertical;

/** Reads the {@code week} and vertical a request names, answering 400 or 404 problems a person can act on. */
final class Weeks {

  private Weeks() {}

  /** The week {@code text} names; the current week in {@code zone} when it is absent; a 400 showing the form otherwise. */
  static IsoWeek parse(String field, String text, ZoneId zone) {
    if (text == null || text.isBlank()) return IsoWeek.of(Instant.now(), zone);
    return IsoWeek.parse(text).orElseThrow(() -> ProblemException.badRequest(field,
        "'" + text + "' is not an ISO week; use " + IsoWeek.FORM + " (weeks run 01 to 52, or 53 in some years)"));
  }

  /** The vertical, or a 404 that says where to find the ids. */
  static Vertical vertical(String id) {
    Vertical v = QuarkusTransaction.joiningExisting().call(() -> Vertical.<Vertical>findById(id));
    if (v == null || v.retired) throw ProblemException.notFound("vertical", id, "GET /api/verticals lists the verticals there are.");
    return v;
  }
}
