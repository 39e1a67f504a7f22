package verticalkb.briefing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import verticalkb.ProblemException;
import verticalkb.UniqueRace;
import verticalkb.document.Documents;
import verticalkb.document.KbDocument;

/** Stores the editors' curation of a vertical's week: one entry per document, changed by pin, unpin, hide, unhide, annotate. */
@ApplicationScoped
class CurationService {

  /** Longest note an editor may attach (the column's size). */
  static final int MAX_NOTE_CHARS = 4000;

  /** What an editor can do to a document of the week. */
  enum Action {
    PIN, UNPIN, HIDE, UNHIDE, ANNOTATE;

    static Action parse(String s) {
      if (s == null) return null;
      for (Action a : values()) if (a.name().equalsIgnoreCase(s.strip())) return a;
      return null;
    }

    static List<String> names() {
      return Arrays.stream(values()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList();
    }
  }

  /** The stored entry and whether this call created it. */
  record Applied(CurationView entry, boolean created) {}

  private final Documents documents;

  CurationService(Documents documents) {
    this.documents = documents;
  }

  /**
   * Applies {@code action} (with {@code note}, which any action may set and {@code annotate} needs) to the document in
   * the vertical's week. Pinning unhides and goes after the week's other pins; hiding unpins.
   */
  Applied apply(String verticalId, IsoWeek week, String documentId, String actionName, String note, String user) {
    Action action = Action.parse(actionName);
    if (action == null) {
      throw ProblemException.badRequest("action", (actionName == null ? "is missing" : "'" + actionName + "' is not an action")
          + "; use one of " + Action.names());
    }
    if (documentId == null || documentId.isBlank()) {
      throw ProblemException.badRequest("documentId", "name the document to curate (a search hit's id)");
    }
    if (action == Action.ANNOTATE && note == null) {
      throw ProblemException.badRequest("note", "annotate needs the editor's note (an empty note removes it)");
    }
    if (note != null && note.length() > MAX_NOTE_CHARS) {
      throw ProblemException.badRequest("note", "is longer than " + MAX_NOTE_CHARS + " characters; shorten it");
    }
    KbDocument d = documents.get(documentId).orElseThrow(() -> ProblemException.notFound("document", documentId,
        "GET /api/search finds the ids of the week's documents; POST /api/documents imports one."));
    // Two editors curating the same new document at once: the one that loses the insert updates the winner's entry.
    return UniqueRace.retry(() -> QuarkusTransaction.requiringNew().call(() -> {
      Curation c = Curation.find("verticalId = ?1 and week = ?2 and documentId = ?3", verticalId, week.toString(), documentId)
          .firstResult();
      boolean created = c == null;
      if (created) {
        c = new Curation();
        c.id = UUID.randomUUID().toString();
        c.verticalId = verticalId;
        c.week = week.toString();
        c.documentId = documentId;
      }
      switch (action) {
        case PIN -> {
          if (!c.pinned) c.pinOrder = nextPin(verticalId, week);
          c.pinned = true;
          c.hidden = false;
        }
        case UNPIN -> {
          c.pinned = false;
          c.pinOrder = null;
        }
        case HIDE -> {
          c.hidden = true;
          c.pinned = false;
          c.pinOrder = null;
        }
        case UNHIDE -> c.hidden = false;
        case ANNOTATE -> { }
      }
      if (note != null) c.note = note.isBlank() ? null : note.strip();
      c.updatedBy = user;
      c.updatedAt = Instant.now();
      if (created) c.persist();
      return new Applied(CurationView.of(c, d.title()), created);
    }));
  }

  private static long nextPin(String verticalId, IsoWeek week) {
    Long max = Curation.find("select max(c.pinOrder) from Curation c where c.verticalId = ?1 and c.week = ?2", verticalId,
        week.toString()).project(Long.class).firstResult();
    return max == null ? 1 : max + 1;
  }

  /** The week's entries: pins in order first, then the others, most recently changed first. */
  List<CurationView> list(String verticalId, IsoWeek week) {
    List<Curation> all = QuarkusTransaction.joiningExisting().call(() -> Curation.<Curation>list(
        "verticalId = ?1 and week = ?2 order by pinned desc, pinOrder, updatedAt desc, id", verticalId, week.toString()));
    return all.stream().map(c -> CurationView.of(c, documents.get(c.documentId).map(KbDocument::title).orElse(null))).toList();
  }

  /** The week's entries as the reading list applies them. */
  List<ReadingSelection.Choice> choices(String verticalId, IsoWeek week) {
    return QuarkusTransaction.joiningExisting().call(() -> Curation.<Curation>list("verticalId = ?1 and week = ?2",
            verticalId, week.toString()).stream()
        .map(c -> new ReadingSelection.Choice(c.documentId, c.pinned, c.pinOrder, c.hidden, c.note)).toList());
  }
}
