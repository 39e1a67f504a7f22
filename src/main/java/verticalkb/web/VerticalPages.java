package verticalkb.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import verticalkb.ProblemException;
import verticalkb.briefing.Briefing;
import verticalkb.briefing.BriefingResource;
import verticalkb.briefing.IsoWeek;
import verticalkb.document.KbDocument;
import verticalkb.event.EventResource;
import verticalkb.expert.ExpertResource;
import verticalkb.search.SearchResource;
import verticalkb.vertical.VerticalResource;
import verticalkb.vertical.VerticalView;

/** A vertical's pages: the overview answering the four questions, its events and experts directories, its weekly briefing. */
@Path("/verticals/{id}")
@Produces(MediaType.TEXT_HTML)
public class VerticalPages {

  private final VerticalResource verticals;
  private final SearchResource search;
  private final EventResource events;
  private final ExpertResource experts;
  private final BriefingResource briefings;
  private final WebConfig config;

  VerticalPages(VerticalResource verticals, SearchResource search, EventResource events, ExpertResource experts,
      BriefingResource briefings, WebConfig config) {
    this.briefings = briefings;
    this.verticals = verticals;
    this.search = search;
    this.events = events;
    this.experts = experts;
    this.config = config;
  }

  @GET
  public TemplateInstance overview(@RestPath String id) {
    VerticalView v = verticals.get(id);
    int n = config.overviewItems();
    List<HitView> reading = search.search(null, id, List.of(KbDocument.Types.PUBLICATION), List.of(), List.of(), null, null, null,
        null, null, "newest", "1", String.valueOf(n), null, "false").await().indefinitely().hits().stream().map(HitView::of).toList();
    EventResource.EventPage upcoming = events.list(id, null, null, null, "upcoming", null, null, null, 1, n);
    ExpertResource.ExpertPage top = experts.list(id, null, null, null, 1, n);
    return Pages.vertical(v, reading, upcoming.items(), upcoming.total(), top.items(), top.total());
  }

  @GET
  @Path("/events")
  public Response events(@RestPath String id, @RestQuery String when, @RestQuery String month, @RestQuery String near,
      @RestQuery String radiusKm, @RestQuery String online, @RestQuery String page) {
    VerticalView v = verticals.get(id);
    EventFilter filter = new EventFilter(when, month, near, radiusKm, "true".equalsIgnoreCase(online));
    int p = Numbers.page(page);
    try {
      EventResource.EventPage r = events.list(id, null, null, blank(month), blank(when) == null ? "upcoming" : when,
          filter.onlineOnly() ? Boolean.TRUE : null, blank(near), Numbers.radius(radiusKm), p, config.pageSize());
      return Response.ok(Pages.events(v, filter, r.items(), r.total(), Paging.of(p, config.pageSize(), r.total(), filter.link(id)), null)).build();
    } catch (ProblemException e) {
      // A filter the directory refuses is the person's to fix: keep the form they typed it in, with the reason above it.
      return PageResponses.withStatus(e.status(), Pages.events(v, filter, List.of(), 0, null, e.toProblem(null).detail()));
    }
  }

  @GET
  @Path("/experts")
  public Response experts(@RestPath String id, @RestQuery String topic, @RestQuery String near,
      @RestQuery String radiusKm, @RestQuery String page) {
    VerticalView v = verticals.get(id);
    ExpertFilter filter = new ExpertFilter(topic, near, radiusKm);
    int p = Numbers.page(page);
    try {
      ExpertResource.ExpertPage r = experts.list(id, blank(topic), blank(near), Numbers.radius(radiusKm), p, config.pageSize());
      return Response.ok(Pages.experts(v, filter, r.items(), r.total(), Paging.of(p, config.pageSize(), r.total(), filter.link(id)), null)).build();
    } catch (ProblemException e) {
      return PageResponses.withStatus(e.status(), Pages.experts(v, filter, List.of(), 0, null, e.toProblem(null).detail()));
    }
  }

  @GET
  @Path("/briefing")
  public TemplateInstance briefing(@RestPath String id, @RestQuery String week) {
    VerticalView v = verticals.get(id);
    Briefing b = (Briefing) briefings.briefing(id, week, "json", null).getEntity();
    IsoWeek shown = IsoWeek.parse(b.week()).orElseThrow();
    return Pages.briefing(v, b, shown.plus(-1).toString(), shown.plus(1).toString());
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return PageResponses.error(e);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
