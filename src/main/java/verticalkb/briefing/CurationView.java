package verticalkb.briefing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A curation entry as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CurationView(String id, String vertical, String week, String documentId, String title, boolean pinned,
    Long pinOrder, boolean hidden, String note, String updatedBy, Instant updatedAt) {

  static CurationView of(Curation c, String title) {
    return new CurationView(c.id, c.verticalId, c.week, c.documentId, title, c.pinned, c.pinOrder, c.hidden, c.note,
        c.updatedBy, c.updatedAt);
  }
}
