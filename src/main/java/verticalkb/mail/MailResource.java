package verticalkb.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ListPage;
import verticalkb.ProblemException;
import verticalkb.vertical.Vertical;

/** The weekly briefing e-mail: send a week now (admin) and read the delivery log (editor). */
@Path("/api/mail")
@Produces(MediaType.APPLICATION_JSON)
public class MailResource {

  private static final Set<String> STATUSES = Set.of(Delivery.SENT, Delivery.FAILED, Delivery.SKIPPED);

  private final WeeklyRun weekly;
  private final DeliveryLog log;
  private final MailConfig config;

  MailResource(WeeklyRun weekly, DeliveryLog log, MailConfig config) {
    this.weekly = weekly;
    this.log = log;
    this.config = config;
  }

  /** Plain (blocking) method: Quarkus REST runs it on a worker thread, so the SMTP round trips never hold the event loop. */
  @POST
  @Path("/weekly/run")
  @RolesAllowed("admin")
  @Operation(summary = "Send the weekly briefings of a week now (default: the last complete week); answers what was done")
  public WeeklyRun.Summary run(@RestQuery String week, @RestQuery String vertical) {
    String w = week == null || week.isBlank() ? weekly.defaultWeek() : IsoWeeks.parse("week", week);
    String v = vertical == null || vertical.isBlank() ? null : vertical.strip();
    if (v != null && Vertical.findById(v) == null) {
      throw ProblemException.notFound("vertical", v, "GET /api/verticals lists the verticals.");
    }
    return weekly.run(w, v);
  }

  @GET
  @Path("/weekly/run")
  @RolesAllowed("editor")
  @Operation(summary = "How far the weekly run in progress is (state running: done of recipients, with its counts), or how the last one ended")
  public WeeklyRun.Progress progress() {
    return weekly.progress();
  }

  @GET
  @Path("/deliveries")
  @RolesAllowed("editor")
  @Operation(summary = "The delivery log, newest first: one row per subscriber, vertical and week, with status sent|failed|skipped")
  public ListPage<DeliveryLog.DeliveryView> deliveries(@RestQuery String week, @RestQuery String vertical,
      @RestQuery String status, @RestQuery @DefaultValue("100") int limit, @RestQuery @DefaultValue("0") int offset) {
    String w = week == null || week.isBlank() ? null : IsoWeeks.parse("week", week);
    String s = status == null || status.isBlank() ? null : status.strip();
    if (s != null && !STATUSES.contains(s)) throw ProblemException.badRequest("status", "must be one of sent, failed, skipped");
    String v = vertical == null || vertical.isBlank() ? null : vertical.strip();
    return log.list(w, v, s, Paging.limit(limit, config), Paging.offset(offset));
  }
}
