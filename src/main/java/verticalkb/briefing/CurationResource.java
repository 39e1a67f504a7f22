package verticalkb.briefing;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ListPage;
import verticalkb.ProblemException;

/** The editors' curation of a vertical's week: pin, unpin, hide, unhide and annotate documents of its briefing. */
@Path("/api/verticals/{vertical}/curation")
@Produces(MediaType.APPLICATION_JSON)
public class CurationResource {

  /** {@code POST} body: the week (default the current one), the document, what to do, and the editor's note. */
  public record CurationRequest(String week, String documentId, String action, String note) {}

  private final CurationService curation;
  private final BriefingConfig config;
  private final SecurityIdentity identity;

  CurationResource(CurationService curation, BriefingConfig config, SecurityIdentity identity) {
    this.curation = curation;
    this.config = config;
    this.identity = identity;
  }

  @GET
  @Operation(summary = "The curation of a week (week=2026-W47, default the current one): pins in order, then the rest")
  public ListPage<CurationView> list(@RestPath String vertical, @RestQuery String week) {
    IsoWeek w = Weeks.parse("week", week, config.zone());
    return ListPage.of(curation.list(Weeks.vertical(vertical).id, w));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("editor")
  @Operation(summary = "Pin, unpin, hide, unhide or annotate a document in a week's briefing; 201 with the new entry, 200 with a changed one")
  public Response apply(@RestPath String vertical, CurationRequest request) {
    if (request == null) {
      throw ProblemException.badRequest("body", "send {\"week\": \"2026-W47\", \"documentId\": \"...\", \"action\": \"pin\"}");
    }
    IsoWeek w = Weeks.parse("week", request.week(), config.zone());
    String v = Weeks.vertical(vertical).id;
    CurationService.Applied applied = curation.apply(v, w, request.documentId(), request.action(), request.note(),
        identity.getPrincipal().getName());
    return Response.status(applied.created() ? Response.Status.CREATED : Response.Status.OK).entity(applied.entry()).build();
  }
}
