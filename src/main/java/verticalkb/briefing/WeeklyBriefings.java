package verticalkb.briefing;

import java.util.Optional;

/**
 * A vertical's briefing of one ISO week rendered for e-mail: what the weekly mail sends, so that mail does not need to know how
 * a briefing is put together (published edition or automatic, curation applied).
 */
public interface WeeklyBriefings {

  /**
   * The briefing of {@code verticalId} for {@code isoWeek} (for example {@code 2026-W47}), rendered with absolute links built on
   * {@code kb.public-url}; empty when no such vertical exists. The newest published edition of the week when there is
   * one, else the briefing assembled now with the editors' curation; {@code html} is a complete page (inline styles, no
   * scripts) and {@code text} is Markdown. Throws IllegalArgumentException when {@code isoWeek} is not {@code YYYY-Www}.
   * Needs no request context (callable from a scheduled job).
   */
  Optional<RenderedBriefing> render(String verticalId, String isoWeek);

  /**
   * One rendered briefing.
   *
   * @param items how many entries (publications, events, experts, topics) it holds; 0 means there is nothing worth sending
   * @param edition the id of the published edition it shows, or null when it was assembled automatically
   */
  record RenderedBriefing(String verticalId, String week, String subject, String html, String text, int items, String edition) {}
}
