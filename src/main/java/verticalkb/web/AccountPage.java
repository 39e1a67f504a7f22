package verticalkb.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ProblemException;
import verticalkb.briefing.AccountBrief;
import verticalkb.briefing.AccountBriefResource;

/** {@code /accounts/brief}: what a salesperson reads before an account meeting, from a name typed into a form. */
@Path("/accounts/brief")
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

  private final AccountBriefResource briefs;

  AccountPage(AccountBriefResource briefs) {
    this.briefs = briefs;
  }

  @GET
  public Response page(@RestQuery String name, @RestQuery String vertical) {
    List<VerticalChoice> all = VerticalChoice.all();
    if (name == null || name.isBlank()) return Response.ok(Pages.account(null, vertical, all, null, List.of(), null)).build();
    try {
      AccountBrief brief = (AccountBrief) briefs.brief(name, vertical == null || vertical.isBlank() ? null : vertical, "json").getEntity();
      List<HitView> news = brief.news().stream().map(HitView::of).toList();
      return Response.ok(Pages.account(name, vertical, all, brief, news, null)).build();
    } catch (ProblemException e) {
      return PageResponses.withStatus(e.status(), Pages.account(name, vertical, all, null, List.of(), e.toProblem(null).detail()));
    }
  }
}
