package verticalkb.briefing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import verticalkb.KbConfig;
import verticalkb.vertical.Vertical;

/** {@link WeeklyBriefings} for the weekly mail: the briefing readers would get from the API, rendered with absolute links. */
@ApplicationScoped
public class EmailBriefings implements WeeklyBriefings {

  private final BriefingService briefings;
  private final KbConfig kb;

  EmailBriefings(BriefingService briefings, KbConfig kb) {
    this.briefings = briefings;
    this.kb = kb;
  }

  /** @throws IllegalArgumentException when {@code isoWeek} is not of the form {@code YYYY-Www} or names no week */
  @Override
  public Optional<RenderedBriefing> render(String verticalId, String isoWeek) {
    IsoWeek week = IsoWeek.parse(isoWeek).orElseThrow(() -> new IllegalArgumentException(
        "isoWeek '" + isoWeek + "' is not " + IsoWeek.FORM));
    Vertical v = QuarkusTransaction.joiningExisting().call(() -> Vertical.<Vertical>findById(verticalId));
    if (v == null || v.retired) return Optional.empty();
    Briefing b = briefings.briefing(v.id, week, false);
    String base = kb.publicUrl();
    return Optional.of(new RenderedBriefing(v.id, week.toString(), BriefingHtml.title(b), BriefingHtml.render(b, base),
        BriefingMarkdown.render(b, base), b.items(), b.edition() == null ? null : b.edition().id()));
  }
}
