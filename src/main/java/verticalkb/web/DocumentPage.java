package verticalkb.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import verticalkb.ProblemException;
import verticalkb.document.KbDocument;
import verticalkb.search.DocumentResource;

/** {@code /documents/{id}}: one document as stored, read as paragraphs, with the documents most like it. */
@Path("/documents/{id}")
@Produces(MediaType.TEXT_HTML)
public class DocumentPage {

  private final DocumentResource documents;
  private final WebConfig config;

  DocumentPage(DocumentResource documents, WebConfig config) {
    this.documents = documents;
    this.config = config;
  }

  @GET
  public TemplateInstance page(@RestPath String id) {
    KbDocument d = documents.get(id);
    List<String> paragraphs = d.text() == null ? List.of() : Arrays.stream(d.text().split("\n+")).filter(s -> !s.isBlank()).toList();
    List<HitView> related = documents.related(id, null, String.valueOf(config.overviewItems())).items().stream().map(HitView::of).toList();
    return Pages.document(d, paragraphs, related);
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return PageResponses.error(e);
  }
}
