package verticalkb.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import verticalkb.ProblemException;
import verticalkb.mail.SubscribeRequest;
import verticalkb.mail.SubscriptionResource;
import verticalkb.vertical.VerticalResource;
import verticalkb.vertical.VerticalView;

/**
 * {@code POST /subscribe}: the sign-up form on a vertical's pages, the same double opt-in as {@code POST /api/subscriptions}.
 * Open to anyone, like that endpoint; it sends nothing but the confirmation link.
 */
@Path("/subscribe")
@Produces(MediaType.TEXT_HTML)
public class SubscribePage {

  private final SubscriptionResource subscriptions;
  private final VerticalResource verticals;

  SubscribePage(SubscriptionResource subscriptions, VerticalResource verticals) {
    this.subscriptions = subscriptions;
    this.verticals = verticals;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response subscribe(@RestForm String vertical, @RestForm String email, @RestForm String name) {
    VerticalView v = verticals.get(vertical == null ? "" : vertical);
    try {
      subscriptions.subscribe(new SubscribeRequest(email, List.of(v.id()), name));
      return PageResponses.withStatus(202, Pages.subscribe(v, email, name, true, null));
    } catch (ProblemException e) {
      return PageResponses.withStatus(e.status(), Pages.subscribe(v, email, name, false, e.toProblem(null).detail()));
    }
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return PageResponses.error(e);
  }
}
