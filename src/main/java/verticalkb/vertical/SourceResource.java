package verticalkb.vertical;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;

/** One source over REST. Sources from catalogue files are rewritten from their file on the next reload. */
@Path("/api/sources/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SourceResource {

  private final SourceService sources;

  SourceResource(SourceService sources) {
    this.sources = sources;
  }

  @GET
  @Operation(summary = "One source")
  public SourceView get(@RestPath String id) {
    return sources.get(id);
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  @Operation(summary = "Change a source; absent fields keep their value")
  public SourceView update(@RestPath String id, SourceRequest request) {
    return sources.update(id, request);
  }

  @DELETE
  @RolesAllowed("admin")
  @Operation(summary = "Remove a source")
  public void delete(@RestPath String id) {
    sources.delete(id);
  }
}
