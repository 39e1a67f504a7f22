package verticalkb.briefing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A published edition as the API shows it; {@code briefing} (the frozen content) is left out of lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EditionView(String id, String vertical, String week, int revision, String title, String intro,
    Instant publishedAt, String publishedBy, Briefing briefing) {

  static EditionView of(Edition e, Briefing briefing) {
    return new EditionView(e.id, e.verticalId, e.week, e.revision, e.title, e.intro, e.publishedAt, e.publishedBy, briefing);
  }
}
