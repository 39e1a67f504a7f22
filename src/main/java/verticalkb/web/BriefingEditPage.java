package verticalkb.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import verticalkb.KbConfig;
import verticalkb.ProblemException;
import verticalkb.briefing.Briefing;
import verticalkb.briefing.BriefingResource;
import verticalkb.briefing.CurationResource;
import verticalkb.briefing.CurationView;
import verticalkb.briefing.EditionResource;
import verticalkb.briefing.EditionView;
import verticalkb.briefing.IsoWeek;
import verticalkb.security.SameOrigin;
import verticalkb.vertical.VerticalResource;
import verticalkb.vertical.VerticalView;

/**
 * {@code /verticals/{id}/briefing/edit}: an editor's desk for a week's briefing — the briefing as it would be assembled now,
 * pin, hide and annotate its publications, pin any document by id, publish the week's edition. Editors only (the browser
 * asks for the password); every form is checked to come from these pages ({@link SameOrigin}).
 */
@Path("/verticals/{id}/briefing/edit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("editor")
public class BriefingEditPage {

  private final VerticalResource verticals;
  private final BriefingResource briefings;
  private final CurationResource curation;
  private final EditionResource editions;
  private final KbConfig kb;

  BriefingEditPage(VerticalResource verticals, BriefingResource briefings, CurationResource curation, EditionResource editions,
      KbConfig kb) {
    this.verticals = verticals;
    this.briefings = briefings;
    this.curation = curation;
    this.editions = editions;
    this.kb = kb;
  }

  @GET
  public TemplateInstance page(@RestPath String id, @RestQuery String week) {
    return desk(id, week, null);
  }

  @POST
  @Path("/curation")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response curate(@RestPath String id, @RestForm String week, @RestForm String documentId, @RestForm String action,
      @RestForm String note, @Context HttpHeaders headers, @Context UriInfo uri) {
    SameOrigin.check(headers, uri, kb.publicUrl());
    try {
      curation.apply(id, new CurationResource.CurationRequest(week, documentId == null ? null : documentId.strip(), action, note));
      return Response.seeOther(deskLink(id, week)).build();
    } catch (ProblemException e) {
      return PageResponses.withStatus(e.status(), desk(id, week, e.toProblem(null).detail()));
    }
  }

  @POST
  @Path("/publish")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@RestPath String id, @RestForm String week, @RestForm String title, @RestForm String intro,
      @Context HttpHeaders headers, @Context UriInfo uri) {
    SameOrigin.check(headers, uri, kb.publicUrl());
    try {
      EditionView published = (EditionView) editions.publish(id, new EditionResource.EditionRequest(week, title, intro)).getEntity();
      return Response.seeOther(URI.create("/verticals/" + Links.encoded(id) + "/briefing?week=" + published.week())).build();
    } catch (ProblemException e) {
      return PageResponses.withStatus(e.status(), desk(id, week, e.toProblem(null).detail()));
    }
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return PageResponses.error(e);
  }

  private TemplateInstance desk(String id, String week, String error) {
    VerticalView v = verticals.get(id);
    Briefing live = (Briefing) briefings.briefing(id, week, "json", "true").getEntity();
    IsoWeek shown = IsoWeek.parse(live.week()).orElseThrow();
    List<CurationView> entries = curation.list(id, live.week()).items();
    List<CurationView> hidden = entries.stream().filter(CurationView::hidden).toList();
    List<EditionView> published = editions.list(id, live.week()).items();
    return Pages.edit(v, live, hidden, published, shown.plus(-1).toString(), shown.plus(1).toString(), error);
  }

  private static URI deskLink(String id, String week) {
    return URI.create("/verticals/" + id + "/briefing/edit" + (week == null || week.isBlank() ? "" : "?week=" + IsoWeek.parse(week).map(IsoWeek::toString).orElse("")));
  }
}
