package verticalkb.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ListPage;
import verticalkb.ProblemException;
import verticalkb.document.DocumentEnricher;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;
import verticalkb.index.IndexService;

/** Documents over REST: NDJSON bulk import, one document, delete, and documents like it. */
@Path("/api/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

  private static final String HINT = "Search with GET /api/search; ids are those given at import or by the crawler.";

  private final Documents documents;
  private final IndexService index;
  private final SearchService search;
  private final Instance<DocumentEnricher> enrichers;
  private final ObjectMapper json;

  DocumentResource(Documents documents, IndexService index, SearchService search, Instance<DocumentEnricher> enrichers, ObjectMapper json) {
    this.documents = documents;
    this.index = index;
    this.search = search;
    this.enrichers = enrichers;
    this.json = json;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @RolesAllowed("admin")
  @Operation(summary = "Import documents, one JSON object a line (NDJSON); bad lines are reported by number and skipped")
  public NdjsonImport.Report importDocuments(InputStream body) throws IOException {
    NdjsonImport importer = new NdjsonImport(json, index.index().mapper(), this::enrich,
        search.settings().importBatch(), search.settings().importMaxLine());
    NdjsonImport.Report report = importer.run(body, documents::upsert);
    index.commit();
    index.index().awaitVisible();
    return report;
  }

  private KbDocument enrich(KbDocument d) {
    KbDocument out = d;
    for (DocumentEnricher e : enrichers) {
      KbDocument next = e.enrich(out);
      if (next != null) out = next;
    }
    return out;
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One document as stored")
  public KbDocument get(@RestPath String id) {
    return documents.get(id).orElseThrow(() -> ProblemException.notFound("document", id, HINT));
  }

  @DELETE
  @Path("/{id}")
  @RolesAllowed("admin")
  @Operation(summary = "Delete a document from the store and the index; answers 204")
  public Response delete(@RestPath String id) {
    if (documents.delete(List.of(id)) == 0) throw ProblemException.notFound("document", id, HINT);
    return Response.noContent().build();
  }

  @GET
  @Path("/{id}/related")
  @Operation(summary = "Documents like this one (MoreLikeThis), optionally within a vertical")
  public ListPage<Map<String, Object>> related(@RestPath String id, @RestQuery String vertical, @RestQuery String limit) {
    int size = search.settings().relatedSize();
    if (limit != null && !limit.isBlank()) {
      try {
        size = Integer.parseInt(limit.strip());
      } catch (NumberFormatException e) {
        throw ProblemException.badRequest("limit", "'" + limit + "' is not a whole number");
      }
      if (size < 1 || size > search.settings().maxSize()) throw ProblemException.badRequest("limit", "must be between 1 and " + search.settings().maxSize());
    }
    List<Map<String, Object>> hits = search.related(id, vertical == null || vertical.isBlank() ? null : vertical.strip(), size);
    if (hits == null) throw ProblemException.notFound("document", id, HINT);
    return ListPage.of(hits);
  }
}
