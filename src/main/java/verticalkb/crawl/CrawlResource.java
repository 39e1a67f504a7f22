package verticalkb.crawl;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ListPage;
import verticalkb.Problem.FieldError;
import verticalkb.ProblemException;

/** Crawl runs over REST: start (202), watch, list, cancel, and read a run's failure log. */
@Path("/api/crawls")
@Produces(MediaType.APPLICATION_JSON)
public class CrawlResource {

  /** The body of {@code POST /api/crawls}: exactly one of vertical or source. */
  public record CrawlRequest(String vertical, String source) {}

  private final CrawlService crawls;

  CrawlResource(CrawlService crawls) {
    this.crawls = crawls;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("editor")
  @Operation(summary = "Start a crawl of a vertical or of one source; 202 with the run")
  public Response start(CrawlRequest request) {
    String hint = "send {\"vertical\": \"<vertical id>\"} or {\"source\": \"<source id>\"}";
    if (request == null) throw ProblemException.badRequest("body", "is required: " + hint);
    boolean hasVertical = request.vertical() != null && !request.vertical().isBlank();
    boolean hasSource = request.source() != null && !request.source().isBlank();
    if (hasVertical == hasSource) {
      String msg = hasVertical ? "give either vertical or source, not both: " + hint : "names nothing to crawl: " + hint;
      throw ProblemException.badRequest(msg, List.of(new FieldError("vertical", msg), new FieldError("source", msg)));
    }
    CrawlRunView run = hasVertical
        ? crawls.startVertical(request.vertical().trim(), CrawlService.TRIGGER_API, true)
        : crawls.startSource(request.source().trim(), CrawlService.TRIGGER_API, true);
    return Response.accepted(run).location(URI.create("/api/crawls/" + run.id())).build();
  }

  @GET
  @Operation(summary = "Crawl runs, newest first")
  public ListPage<CrawlRunView> list(@RestQuery @DefaultValue("50") int limit, @RestQuery @DefaultValue("0") int offset) {
    return crawls.list(limit, offset);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One run: state and progress")
  public CrawlRunView get(@RestPath String id) {
    return crawls.get(id);
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("editor")
  @Operation(summary = "Cancel a queued or running run")
  public CrawlRunView cancel(@RestPath String id) {
    return crawls.cancel(id);
  }

  @GET
  @Path("/{id}/failures")
  @Operation(summary = "A run's log of failures and problems: url and reason")
  public ListPage<FrontierStore.FailureView> failures(@RestPath String id, @RestQuery @DefaultValue("100") int limit,
      @RestQuery @DefaultValue("0") int offset) {
    return crawls.failures(id, limit, offset);
  }
}
