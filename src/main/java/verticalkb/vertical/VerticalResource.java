package verticalkb.vertical;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import verticalkb.ListPage;
import verticalkb.Problem;
import verticalkb.ProblemException;

/** The vertical catalogue over REST: list, show, reload from files, and the sources of a vertical. */
@Path("/api/verticals")
@Produces(MediaType.APPLICATION_JSON)
public class VerticalResource {

  private final Catalogue catalogue;
  private final SourceService sources;
  private final Instance<IndexStatistics> indexStatistics;

  VerticalResource(Catalogue catalogue, SourceService sources, Instance<IndexStatistics> indexStatistics) {
    this.catalogue = catalogue;
    this.sources = sources;
    this.indexStatistics = indexStatistics;
  }

  @GET
  @Operation(summary = "The verticals of the catalogue, with source counts and index statistics")
  public ListPage<VerticalView> list() {
    List<VerticalView> items = Vertical.<Vertical>list("retired = false order by id").stream().map(this::view).toList();
    return ListPage.of(items);
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One vertical: its regions, topics, target accounts, source counts and index statistics")
  public VerticalView get(@RestPath String id) {
    return view(find(id));
  }

  @POST
  @Path("/reload")
  @RolesAllowed("admin")
  @Operation(summary = "Reload crawlers/*.yaml; 422 lists every error by file, line and field (the other files still load)")
  public Response reload(UriInfo uri) {
    Catalogue.ReloadReport report = catalogue.reload();
    if (report.ok()) return Response.ok(report).build();
    String detail = report.errors().size() + " problem(s) in the catalogue files; verticals loaded: " + report.loaded()
        + ". Fix the files named below and reload again.";
    Problem p = new Problem("about:blank", "Catalogue files have errors", 422, detail, uri.getRequestUri().getRawPath(), report.errors());
    return Response.status(422).type(Problem.MEDIA_TYPE).entity(p).build();
  }

  @GET
  @Path("/{id}/sources")
  @Operation(summary = "The sources of a vertical")
  public ListPage<SourceView> sources(@RestPath String id) {
    find(id);
    return ListPage.of(Source.ofVertical(id).stream().map(SourceView::of).toList());
  }

  @POST
  @Path("/{id}/sources")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  @Operation(summary = "Add a source: at least kind (feed|sitemap|site|events|experts), url and name; answers 201")
  public Response addSource(@RestPath String id, SourceRequest request, UriInfo uri) {
    find(id);
    SourceView created = sources.create(id, request);
    return Response.created(uri.getBaseUriBuilder().path("api/sources/{id}").build(created.id())).entity(created).build();
  }

  static Vertical find(String id) {
    Vertical v = Vertical.findById(id);
    if (v == null || v.retired) {
      throw ProblemException.notFound("vertical", id, "GET /api/verticals lists the verticals there are.");
    }
    return v;
  }

  private VerticalView view(Vertical v) {
    Map<String, Long> byKind = new LinkedHashMap<>();
    long total = 0;
    for (Object[] row : Source.getEntityManager()
        .createQuery("select s.kind, count(s) from Source s where s.verticalId = ?1 group by s.kind", Object[].class)
        .setParameter(1, v.id)
        .getResultList()) {
      byKind.put(((SourceKind) row[0]).wireName(), (Long) row[1]);
      total += (Long) row[1];
    }
    IndexStatistics.Counts counts = indexStatistics.isResolvable() ? indexStatistics.get().countsFor(v.id) : null;
    return new VerticalView(v.id, v.name, v.description, v.regions, v.topics, v.accounts, v.file, v.loadError,
        v.loadedAt, total, byKind, counts);
  }
}
