package verticalkb.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import verticalkb.ProblemException;

/** Pages answered with a status other than 200: failures as pages (with the API's own message, since a person in a browser cannot read problem+json), forms shown again. */
final class PageResponses {

  private PageResponses() {}

  static Response error(ProblemException e) {
    var p = e.toProblem(null);
    return withStatus(p.status(), Pages.error(p.status(), p.title(), p.detail()));
  }

  /** A page answered with a status other than 200: a form shown again with the reason it was refused, say, or 202 accepted. */
  static Response withStatus(int status, TemplateInstance page) {
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
  }
}
