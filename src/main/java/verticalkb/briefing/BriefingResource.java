package verticalkb.briefing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.KbConfig;

/** {@code GET /api/verticals/{id}/briefing}: the briefing of a week as JSON, Markdown or an e-mail-friendly HTML page. */
@Path("/api/verticals/{vertical}/briefing")
public class BriefingResource {

  private final BriefingService briefings;
  private final BriefingConfig config;
  private final KbConfig kb;

  BriefingResource(BriefingService briefings, BriefingConfig config, KbConfig kb) {
    this.briefings = briefings;
    this.config = config;
    this.kb = kb;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/markdown", MediaType.TEXT_HTML})
  @Operation(summary = "The briefing of an ISO week (week=2026-W47, default the current one; format=json|md|html): what the"
      + " vertical's leaders read, where they meet, who to tap, the agenda; the newest published edition when there is one"
      + " (live=true: assembled now, for an editor's preview)")
  public Response briefing(@RestPath String vertical, @RestQuery String week, @RestQuery String format, @RestQuery String live) {
    BriefingFormat f = BriefingFormat.parse(format, BriefingFormat.values());
    IsoWeek w = Weeks.parse("week", week, config.zone());
    Briefing b = briefings.briefing(vertical, w, live(live));
    Object body = switch (f) {
      case JSON -> b;
      case MD -> BriefingMarkdown.render(b, kb.publicUrl());
      case HTML -> BriefingHtml.render(b, kb.publicUrl());
    };
    return Response.ok(body, f.mediaType).build();
  }

  /** Read as text so that a malformed value is a 400 that says so, not a 404. */
  private static boolean live(String value) {
    if (value == null || value.isBlank()) return false;
    return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw verticalkb.ProblemException.badRequest("live", "'" + value + "' is not true or false");
    };
  }
}
