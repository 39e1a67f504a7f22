package verticalkb.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import verticalkb.ProblemException;

/** A failure shown as a page (with the API's own message), since a person in a browser cannot read problem+json. */
final class ErrorPage {

  private ErrorPage() {}

  static Response of(ProblemException e) {
    var p = e.toProblem(null);
    return Response.status(p.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(Pages.error(p.status(), p.title(), p.detail()).render()).build();
  }
}
