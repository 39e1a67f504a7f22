package verticalkb.index;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Rebuilds the index from the database, e.g. after a schema change; progress is polled with GET. */
@Path("/api/reindex")
@Produces(MediaType.APPLICATION_JSON)
public class ReindexResource {

  private final IndexService index;

  ReindexResource(IndexService index) {
    this.index = index;
  }

  @POST
  @RolesAllowed("admin")
  @Operation(summary = "Rebuild the index from the database into a new directory (the old one serves meanwhile); answers 202")
  public Response start() {
    return Response.accepted(view(index.startReindex())).build();
  }

  @GET
  @Operation(summary = "Progress of the last reindex, and whether the schema requires one")
  public Map<String, Object> status() {
    return view(index.reindexStatus());
  }

  private Map<String, Object> view(IndexService.ReindexStatus s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("reindexRequired", index.reindexRequired());
    m.put("schema", index.config().indexHash());
    m.put("state", s.state());
    m.put("total", s.total());
    m.put("done", s.done());
    m.put("failed", s.failed());
    m.put("startedAt", s.startedAt());
    m.put("finishedAt", s.finishedAt());
    m.put("error", s.error());
    return m;
  }
}
