package verticalkb.demo;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import verticalkb.KbConfig;

/**
 * Serves the demo web under {@code /demo/} and its {@code /robots.txt} when {@code kb.demo=true} (404 otherwise),
 * with ETags so that a re-crawl gets 304 Not Modified.
 */
@Path("/")
public class DemoResource {

  private final boolean enabled;

  DemoResource(KbConfig config) {
    this.enabled = config.demo();
  }

  @GET
  @Path("robots.txt")
  @Operation(hidden = true)
  public Response robots(UriInfo uri, Request request) {
    return serve("/robots.txt", uri, request);
  }

  @GET
  @Path("demo")
  @Operation(hidden = true)
  public Response root(UriInfo uri) {
    if (!enabled) return Response.status(Response.Status.NOT_FOUND).build();
    return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create(DemoSite.PREFIX)).build();
  }

  @GET
  @Path("demo/{path: .*}")
  @Operation(hidden = true)
  public Response file(@RestPath String path, UriInfo uri, Request request) {
    return serve(DemoSite.PREFIX + path, uri, request);
  }

  private Response serve(String path, UriInfo uri, Request request) {
    if (!enabled) return Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("The demo web is off (kb.demo=false).\n").build();
    URI base = uri.getBaseUri();
    DemoSite.Content c = DemoSite.get(path, base.getScheme() + "://" + base.getRawAuthority());
    if (c == null) return Response.status(Response.Status.NOT_FOUND).type("text/plain").entity("No such page in the demo web.\n").build();
    EntityTag tag = new EntityTag(Integer.toHexString(java.util.Arrays.hashCode(c.body())) + HexFormat.of().toHexDigits(c.body().length));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
    if (notModified != null) return notModified.tag(tag).build();
    return Response.ok(c.body()).type(c.contentType()).tag(tag).build();
  }
}
