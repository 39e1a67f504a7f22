package verticalkb.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import verticalkb.KbConfig;
import verticalkb.Problem;

/**
 * Refuses a write to the API that a browser sent from another site's page (cross-site request forgery): browsers attach
 * an admin's or editor's cached Basic credentials to any site's form, and a bodiless POST such as the weekly mail run
 * needs no JSON to be forged. Browsers name the page in {@code Origin}; scripts and curl send none and are not affected.
 */
public class CrossSiteWrites {

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final KbConfig kb;

  CrossSiteWrites(KbConfig kb) {
    this.kb = kb;
  }

  @ServerRequestFilter
  public Response refuseForeignOrigins(ContainerRequestContext request) {
    if (SAFE.contains(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) return null;
    String origin = request.getHeaderString("Origin");
    if (origin == null || origin.isBlank() || SameOrigin.matches(origin, request.getUriInfo().getBaseUri(), kb.publicUrl())) return null;
    Problem p = new Problem("about:blank", "Forbidden", 403, "A page of another site (Origin " + origin + ") cannot write to this API."
        + " Use Vertical KB's own pages, or call the API from a script (without a browser's Origin).", request.getUriInfo().getPath(), List.of());
    return Response.status(403).type(Problem.MEDIA_TYPE).entity(p).build();
  }
}
