package verticalkb.event;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ProblemException;
import verticalkb.places.Areas;

/** The events directory of a vertical: where its leaders meet, by date, month, place and online. */
@Path("/api/verticals/{vertical}/events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

  /**
   * A page of events ({@code items}, {@code total}), how many of all the matching events start in each month (in
   * their own zone), and the area {@code near} resolved to, if any.
   */
  public record EventPage(List<EventView> items, long total, int page, int size, Map<String, Long> months,
      List<Areas.Area> near) {}

  private final EventQueries queries;
  private final EventsConfig config;

  EventResource(EventQueries queries, EventsConfig config) {
    this.queries = queries;
    this.config = config;
  }

  @GET
  @Operation(summary = "Events of the vertical by start (from/to: a date or date-time; month=2026-06; "
      + "when=upcoming|past|all), place (near: a city, 'lat,lon' or 'local'; radiusKm) and online; page counts from 1")
  public EventPage list(@RestPath String vertical, @RestQuery String from, @RestQuery String to,
      @RestQuery String month, @RestQuery String when, @RestQuery Boolean online, @RestQuery String near,
      @RestQuery Double radiusKm, @RestQuery Integer page, @RestQuery Integer size) {
    int p = page == null ? 1 : page;
    int s = size == null ? config.defaultPageSize() : size;
    if (p < 1) throw ProblemException.badRequest("page", "pages count from 1; got " + p);
    if (s < 1 || s > config.maxPageSize()) {
      throw ProblemException.badRequest("size", "must be between 1 and " + config.maxPageSize() + "; got " + s);
    }
    Instant now = Instant.now();
    EventQueries.Result r = queries.query(vertical, from, to, month, when, online, near, radiusKm, now);
    List<EventRecord> all = r.events();
    List<EventView> items = all.subList(Math.min(all.size(), (p - 1) * s), Math.min(all.size(), (p - 1) * s + s))
        .stream().map(e -> EventDirectory.view(e, now)).toList();
    Map<String, Long> months = new TreeMap<>();
    for (EventRecord e : all) months.merge(YearMonth.from(e.start.atZone(EventKeys.zone(e.timeZone))).toString(), 1L, Long::sum);
    return new EventPage(items, all.size(), p, s, months, r.near());
  }
}
