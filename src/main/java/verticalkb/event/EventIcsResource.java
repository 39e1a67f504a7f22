package verticalkb.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A vertical's events as an iCalendar feed that calendar clients subscribe to; upcoming events unless asked otherwise. */
@Path("/api/verticals/{vertical}/events.ics")
public class EventIcsResource {

  static final String CALENDAR = "text/calendar; charset=UTF-8";

  private final EventQueries queries;
  private final EventsConfig config;

  EventIcsResource(EventQueries queries, EventsConfig config) {
    this.queries = queries;
    this.config = config;
  }

  @GET
  @Produces(CALENDAR)
  @Operation(summary = "The vertical's upcoming events as iCalendar (RFC 5545); same filters as the JSON list")
  public Response ics(@RestPath String vertical, @RestQuery String from, @RestQuery String to,
      @RestQuery String month, @RestQuery String when, @RestQuery Boolean online, @RestQuery String near,
      @RestQuery Double radiusKm) {
    Instant now = Instant.now();
    String w = when == null || when.isBlank() ? "upcoming" : when;
    EventQueries.Result r = queries.query(vertical, from, to, month, w, online, near, radiusKm, now);
    List<EventRecord> events = r.events().stream().limit(config.icsMaxEvents()).toList();
    String body = Ics.calendar(r.vertical().name + " events", events, config.uidDomain(), now);
    return Response.ok(body, CALENDAR)
        .header("Content-Disposition", "inline; filename=\"" + vertical + "-events.ics\"").build();
  }
}
