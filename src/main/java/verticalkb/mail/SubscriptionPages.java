package verticalkb.mail;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.mail.SubscriptionService.LinkResult;

/**
 * The pages behind the links in the mails: confirm a subscription, unsubscribe. They answer small HTML pages, not JSON,
 * because people reach them from a mail client; every failure page says what to do next.
 */
@Path("/subscriptions")
@Produces(MediaType.TEXT_HTML)
public class SubscriptionPages {

  private static final String SUBSCRIBE_AGAIN = "To get a new link, subscribe again with the same address.";

  private final SubscriptionService subscriptions;
  private final Template page;

  SubscriptionPages(SubscriptionService subscriptions, @Location("mail/page.html") Template page) {
    this.subscriptions = subscriptions;
    this.page = page;
  }

  /** Shows what the link confirms and a button: mail scanners open every link in a mail, and must not confirm for anyone. */
  @GET
  @Path("/confirm")
  public Response confirmPage(@RestQuery String token) {
    return confirm(token, false);
  }

  @POST
  @Path("/confirm")
  public Response confirmNow(@RestQuery String token) {
    return confirm(token, true);
  }

  private Response confirm(String token, boolean apply) {
    if (token == null || token.isBlank()) return missingToken();
    LinkResult r = subscriptions.confirm(token.strip(), apply);
    return switch (r.outcome()) {
      case READY -> render(200, "Confirm your subscription?", List.of("Send the weekly " + joined(r) + " briefing to " + r.email() + "?"),
          MailComposer.CONFIRM_PATH + "?token=" + URLEncoder.encode(token.strip(), StandardCharsets.UTF_8), "Confirm");
      case DONE -> page(200, "Subscription confirmed",
          "From now on " + r.email() + " receives the weekly briefing for " + joined(r) + ".",
          "Every briefing mail has a link to unsubscribe.");
      case ALREADY -> page(200, "Already confirmed",
          r.verticalNames().isEmpty() ? "This address has no active subscription any more. " + SUBSCRIBE_AGAIN
              : r.email() + " already receives the weekly briefing for " + joined(r) + ". Nothing else to do.");
      case EXPIRED -> page(410, "This link has expired",
          "Confirmation links work for a limited time, and this one is past it. " + SUBSCRIBE_AGAIN);
      case UNKNOWN -> page(404, "Unknown or replaced link",
          "This confirmation link is not known. It may have been copied incompletely, or a newer confirmation mail replaced it: "
              + "use the link in the newest mail. " + SUBSCRIBE_AGAIN);
    };
  }

  @GET
  @Path("/unsubscribe")
  public Response unsubscribePage(@RestQuery String token) {
    return unsubscribe(token, false);
  }

  /**
   * RFC 8058 one-click: mail clients POST here with {@code List-Unsubscribe=One-Click} (or no body at all), so the body is
   * not read; the token alone decides.
   */
  @POST
  @Path("/unsubscribe")
  public Response unsubscribeNow(@RestQuery String token) {
    return unsubscribe(token, true);
  }

  private Response unsubscribe(String token, boolean apply) {
    if (token == null || token.isBlank()) return missingToken();
    LinkResult r = subscriptions.unsubscribe(token.strip(), apply);
    return switch (r.outcome()) {
      case READY -> render(200, "Unsubscribe?", List.of("Stop sending the weekly " + joined(r) + " briefing to " + r.email() + "?"),
          MailComposer.UNSUBSCRIBE_PATH + "?token=" + URLEncoder.encode(token.strip(), StandardCharsets.UTF_8), "Unsubscribe");
      case DONE -> page(200, "Unsubscribed", r.email() + " will receive no more " + joined(r) + " briefings.",
          "Changed your mind? Subscribe again at any time.");
      case ALREADY -> page(200, "Already unsubscribed", r.email() + " receives no " + joined(r) + " briefings. Nothing else to do.");
      case EXPIRED, UNKNOWN -> page(404, "Unknown link",
          "This unsubscribe link is not known; it may have been copied incompletely. Use the link at the end of a briefing mail, "
              + "or ask the people who run this service to remove you.");
    };
  }

  private Response missingToken() {
    return page(400, "Incomplete link", "The link lacks its token. Open the whole link from the mail (some mail programs cut long "
        + "links: copy it into the browser in one piece).");
  }

  private Response page(int status, String title, String... paragraphs) {
    return render(status, title, List.of(paragraphs), null, null);
  }

  private Response render(int status, String title, List<String> paragraphs, String action, String button) {
    String html = page.data("title", title).data("paragraphs", paragraphs).data("action", action).data("button", button).render();
    return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
  }

  private static String joined(LinkResult r) {
    return String.join(", ", r.verticalNames());
  }
}
