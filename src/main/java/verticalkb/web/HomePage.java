package verticalkb.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import verticalkb.vertical.VerticalResource;

/** {@code /}: the verticals of the catalogue with what the index holds for each, and a search box. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

  private final VerticalResource verticals;

  HomePage(VerticalResource verticals) {
    this.verticals = verticals;
  }

  @GET
  public TemplateInstance page() {
    return Pages.home(verticals.list().items());
  }
}
