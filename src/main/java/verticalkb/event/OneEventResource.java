package verticalkb.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import verticalkb.ProblemException;

/** One event, as JSON or as an iCalendar file to add to a calendar. */
@Path("/api/events")
public class OneEventResource {

  private final EventsConfig config;

  OneEventResource(EventsConfig config) {
    this.config = config;
  }

  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "One event")
  public EventView get(@RestPath String id) {
    return EventDirectory.view(find(id), Instant.now());
  }

  @GET
  @Path("/{id}.ics")
  @Produces(EventIcsResource.CALENDAR)
  @Operation(summary = "One event as iCalendar (RFC 5545)")
  public Response ics(@RestPath String id) {
    EventRecord e = find(id);
    return Response.ok(Ics.calendar(null, List.of(e), config.uidDomain(), Instant.now()), EventIcsResource.CALENDAR)
        .header("Content-Disposition", "attachment; filename=\"" + id + ".ics\"").build();
  }

  private static EventRecord find(String id) {
    EventRecord e = EventRecord.findById(id);
    if (e == null) throw ProblemException.notFound("event", id, "GET /api/verticals/{id}/events lists a vertical's events.");
    return e;
  }
}
