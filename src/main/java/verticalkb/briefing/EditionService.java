package verticalkb.briefing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import verticalkb.UniqueRace;
import verticalkb.vertical.Vertical;

/**
 * Publishes editions and reads them back. An edition freezes the briefing as it was assembled at publication (JSON in
 * the database), so later crawling, curation or ranking changes do not alter what subscribers were sent; publishing a
 * week again adds a revision and keeps the old ones.
 */
@ApplicationScoped
class EditionService {

  /** Longest title and intro (the columns' sizes). */
  static final int MAX_TITLE_CHARS = 500;
  static final int MAX_INTRO_CHARS = 4000;

  private final BriefingAssembler assembler;
  private final CurationService curation;
  private final ObjectMapper json;

  EditionService(BriefingAssembler assembler, CurationService curation, ObjectMapper json) {
    this.assembler = assembler;
    this.curation = curation;
    this.json = json;
  }

  /** Freezes the week's briefing as it is now (curation applied) into a new revision. */
  EditionView publish(Vertical v, IsoWeek week, String title, String intro, String user) {
    if (title != null && title.length() > MAX_TITLE_CHARS) {
      throw verticalkb.ProblemException.badRequest("title", "is longer than " + MAX_TITLE_CHARS + " characters; shorten it");
    }
    if (intro != null && intro.length() > MAX_INTRO_CHARS) {
      throw verticalkb.ProblemException.badRequest("intro", "is longer than " + MAX_INTRO_CHARS + " characters; shorten it");
    }
    Briefing automatic = assembler.assemble(v, week, curation.choices(v.id, week));
    // Two editors publishing the week at once: the one that loses the revision number takes the next.
    Edition e = UniqueRace.retry(() -> QuarkusTransaction.requiringNew().call(() -> {
      Integer last = Edition.find("select max(e.revision) from Edition e where e.verticalId = ?1 and e.week = ?2", v.id,
          week.toString()).project(Integer.class).firstResult();
      Edition x = new Edition();
      x.id = UUID.randomUUID().toString();
      x.verticalId = v.id;
      x.week = week.toString();
      x.revision = last == null ? 1 : last + 1;
      x.title = title == null || title.isBlank() ? v.name + " briefing, " + week : title.strip();
      x.intro = intro == null || intro.isBlank() ? null : intro.strip();
      x.publishedAt = Instant.now();
      x.publishedBy = user;
      x.body = write(automatic);
      x.persist();
      return x;
    }));
    return EditionView.of(e, frozen(e));
  }

  /** The newest revision of the week, if it was ever published. */
  Optional<Edition> latest(String verticalId, IsoWeek week) {
    return QuarkusTransaction.joiningExisting().call(() -> Edition.<Edition>find(
        "verticalId = ?1 and week = ?2 order by revision desc", verticalId, week.toString()).firstResultOptional());
  }

  /** The vertical's editions, newest first; only those of {@code week} when it is given. */
  List<EditionView> list(String verticalId, IsoWeek week) {
    List<Edition> all = QuarkusTransaction.joiningExisting().call(() -> week == null
        ? Edition.<Edition>list("verticalId = ?1 order by week desc, revision desc", verticalId)
        : Edition.<Edition>list("verticalId = ?1 and week = ?2 order by revision desc", verticalId, week.toString()));
    return all.stream().map(e -> EditionView.of(e, null)).toList();
  }

  /** One edition with its frozen briefing. */
  Optional<EditionView> get(String verticalId, String id) {
    return QuarkusTransaction.joiningExisting().call(() -> Edition.<Edition>findByIdOptional(id))
        .filter(e -> e.verticalId.equals(verticalId)).map(e -> EditionView.of(e, frozen(e)));
  }

  /** The briefing as the edition froze it, carrying the edition's id, title and intro. */
  Briefing frozen(Edition e) {
    try {
      return json.readValue(e.body, Briefing.class)
          .asEdition(new Briefing.EditionRef(e.id, e.revision, e.publishedAt), e.title, e.intro);
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("edition " + e.id + " holds a briefing that cannot be read", x);
    }
  }

  private String write(Briefing b) {
    try {
      return json.writeValueAsString(b);
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("cannot store the briefing of " + b.vertical().id() + " " + b.week(), x);
    }
  }
}
