package verticalkb.briefing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.KbConfig;

/** {@code GET /api/accounts/brief}: the account brief a salesperson reads before a meeting, as JSON or Markdown. */
@Path("/api/accounts/brief")
public class AccountBriefResource {

  private final AccountBriefService briefs;
  private final KbConfig kb;

  AccountBriefResource(AccountBriefService briefs, KbConfig kb) {
    this.briefs = briefs;
    this.kb = kb;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/markdown"})
  @Operation(summary = "The account brief (name=Mayo Clinic; vertical optional; format=json|md): the account, what is new,"
      + " its people, where they will be, its topics")
  public Response brief(@RestQuery String name, @RestQuery String vertical, @RestQuery String format) {
    BriefingFormat f = BriefingFormat.parse(format, BriefingFormat.JSON, BriefingFormat.MD);
    AccountBrief b = briefs.brief(name, vertical);
    return Response.ok(f == BriefingFormat.MD ? AccountBriefMarkdown.render(b, kb.publicUrl()) : b, f.mediaType).build();
  }
}
