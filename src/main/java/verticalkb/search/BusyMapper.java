package verticalkb.search;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import verticalkb.Problem;

/** Answers a search that found no free turn ({@link SearchGate.Busy}) with 503 problem+json and Retry-After. */
public class BusyMapper {

  @ServerExceptionMapper
  public Response busy(SearchGate.Busy e, UriInfo uri) {
    return Response.status(e.status())
        .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
        .type(Problem.MEDIA_TYPE)
        .entity(e.toProblem(uri == null ? null : uri.getRequestUri().getRawPath()))
        .build();
  }
}
