package verticalkb.crawl;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ProblemException;

/** {@code POST /api/reprocess?vertical=…}: extraction and indexing again from the archive (admin). */
@Path("/api/reprocess")
@Produces(MediaType.APPLICATION_JSON)
public class ReprocessResource {

  private final Reprocessor reprocessor;

  ReprocessResource(Reprocessor reprocessor) {
    this.reprocessor = reprocessor;
  }

  @POST
  @RolesAllowed("admin")
  @Operation(summary = "Re-run extraction and indexing of a vertical from the WARC archive, without the network")
  public Reprocessor.Report reprocess(@RestQuery String vertical) {
    if (vertical == null || vertical.isBlank()) throw ProblemException.badRequest("vertical", "is required: POST /api/reprocess?vertical=<id>");
    return reprocessor.reprocess(vertical.trim());
  }
}
