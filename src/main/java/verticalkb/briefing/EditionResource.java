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

/** Published editions of a vertical's weekly briefing: publish (freeze) a week, list them, read one. */
@Path("/api/verticals/{vertical}/editions")
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

  /** {@code POST} body: the week (default the current one), and the editor's title and introduction (both optional). */
  public record EditionRequest(String week, String title, String intro) {}

  private final EditionService editions;
  private final BriefingConfig config;
  private final SecurityIdentity identity;

  EditionResource(EditionService editions, BriefingConfig config, SecurityIdentity identity) {
    this.editions = editions;
    this.config = config;
    this.identity = identity;
  }

  @GET
  @Operation(summary = "The vertical's editions, newest first (week=2026-W47: only that week's revisions), without their content")
  public ListPage<EditionView> list(@RestPath String vertical, @RestQuery String week) {
    IsoWeek w = week == null || week.isBlank() ? null : Weeks.parse("week", week, config.zone());
    return ListPage.of(editions.list(Weeks.vertical(vertical).id, w));
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One edition with the briefing it froze")
  public EditionView get(@RestPath String vertical, @RestPath String id) {
    String v = Weeks.vertical(vertical).id;
    return editions.get(v, id).orElseThrow(() -> ProblemException.notFound("edition", id,
        "GET /api/verticals/" + v + "/editions lists the vertical's editions."));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("editor")
  @Operation(summary = "Publish the week's briefing as it is now (curation applied) as a new edition; the briefing of that"
      + " week then answers from it. Publishing the same week again adds a revision")
  public Response publish(@RestPath String vertical, EditionRequest request) {
    EditionRequest r = request == null ? new EditionRequest(null, null, null) : request;
    IsoWeek w = Weeks.parse("week", r.week(), config.zone());
    EditionView e = editions.publish(Weeks.vertical(vertical), w, r.title(), r.intro(), identity.getPrincipal().getName());
    return Response.status(Response.Status.CREATED).entity(e).build();
  }
}
