package verticalkb.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ListPage;
import verticalkb.ProblemException;
import verticalkb.UniqueRace;

/** Sign-up for the weekly briefing e-mail (open to anyone, double opt-in) and the admin's list of subscribers. */
@Path("/api/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

  /** The answer to a sign-up: the same whatever the address's history, so that it reveals nothing about it. */
  public record Accepted(String status, String detail) {}

  private static final Logger LOG = Logger.getLogger(SubscriptionResource.class);
  private static final int CONFIRMATION_TRIES = 2;
  private static final Accepted ACCEPTED = new Accepted("accepted",
      "A mail is on its way to the address. Open the link in it to confirm; nothing is sent before that.");

  private final SubscriptionService subscriptions;
  private final MailComposer composer;
  private final MailSender mailer;
  private final MailConfig config;

  SubscriptionResource(SubscriptionService subscriptions, MailComposer composer, MailSender mailer, MailConfig config) {
    this.subscriptions = subscriptions;
    this.composer = composer;
    this.mailer = mailer;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Subscribe an address to verticals' weekly briefings; 202, and a mail with a confirmation link")
  public Response subscribe(SubscribeRequest request) {
    if (request == null) throw ProblemException.badRequest("body", "is required: {\"email\": ..., \"verticals\": [...]}");
    SubscriptionService.SignUp signUp = UniqueRace.retry(() -> subscriptions.subscribe(request));
    signUp.mail().ifPresent(confirmation -> sendConfirmation(confirmation, CONFIRMATION_TRIES));
    return Response.accepted(ACCEPTED).build();
  }

  /** A passing SMTP failure gets another try before the person is told to come back; a second copy of the link is harmless. */
  private void sendConfirmation(SubscriptionService.Confirmation confirmation, int tries) {
    try {
      mailer.send(composer.confirmation(confirmation));
    } catch (RuntimeException e) {
      LOG.warnf("subscriptions: the confirmation mail to %s could not be sent: %s", confirmation.email(), WeeklyRun.rootMessage(e));
      if (tries > 1) {
        sendConfirmation(confirmation, tries - 1);
        return;
      }
      subscriptions.mailFailed(confirmation.email());
      throw new ProblemException(503, "Service unavailable",
          "The confirmation mail could not be sent just now (the mail server did not take it). Try again in a few minutes.");
    }
  }

  @GET
  @RolesAllowed("admin")
  @Operation(summary = "Subscribers, newest first, with the state of each vertical: pending, confirmed, unsubscribed")
  public ListPage<SubscriptionService.SubscriberView> list(@RestQuery @DefaultValue("100") int limit,
      @RestQuery @DefaultValue("0") int offset) {
    return subscriptions.list(Paging.limit(limit, config), Paging.offset(offset));
  }
}
