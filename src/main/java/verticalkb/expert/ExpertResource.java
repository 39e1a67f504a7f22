package verticalkb.expert;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.places.Areas;

/** The experts directory of a vertical: who to tap, by topic and place, with the evidence for each. */
@Path("/api/verticals/{vertical}/experts")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertResource {

  /** A page of experts ({@code items}, {@code total}) and the area {@code near} resolved to, if any. */
  public record ExpertPage(List<ExpertView> items, long total, int page, int size, List<Areas.Area> near) {}

  private final ExpertQueries queries;
  private final ExpertDirectory directory;

  ExpertResource(ExpertQueries queries, ExpertDirectory directory) {
    this.queries = queries;
    this.directory = directory;
  }

  @POST
  @Path("/rebuild")
  @RolesAllowed("editor")
  @Operation(summary = "Rebuild the vertical's experts from their evidence and the corrections (a repair; the crawl keeps them current)")
  public ExpertPage rebuild(@RestPath String vertical) {
    ExpertQueries.vertical(vertical);
    directory.rebuildAll(vertical);
    return list(vertical, null, null, null, null, null);
  }

  @GET
  @Operation(summary = "Experts of the vertical, best first, by topic (id or name) and place (near: a city, 'lat,lon'"
      + " or 'local'; radiusKm), each with the top pieces of evidence; page counts from 1")
  public ExpertPage list(@RestPath String vertical, @RestQuery String topic, @RestQuery String near,
      @RestQuery Double radiusKm, @RestQuery Integer page, @RestQuery Integer size) {
    ExpertQueries.Result r = queries.query(vertical, topic, near, radiusKm, page, size, false);
    return new ExpertPage(r.items(), r.total(), r.page(), r.size(), r.near());
  }
}
