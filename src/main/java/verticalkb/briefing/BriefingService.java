package verticalkb.briefing;

import jakarta.enterprise.context.ApplicationScoped;

/** The briefing of a week as readers get it: the newest published edition when there is one, else assembled now. */
@ApplicationScoped
class BriefingService {

  private final BriefingAssembler assembler;
  private final CurationService curation;
  private final EditionService editions;

  BriefingService(BriefingAssembler assembler, CurationService curation, EditionService editions) {
    this.assembler = assembler;
    this.curation = curation;
    this.editions = editions;
  }

  /**
   * The briefing of {@code verticalId}'s week; {@code live} assembles it now even when an edition exists (an editor's
   * preview before republishing).
   */
  Briefing briefing(String verticalId, IsoWeek week, boolean live) {
    var v = Weeks.vertical(verticalId);
    if (!live) {
      var published = editions.latest(v.id, week);
      if (published.isPresent()) return editions.frozen(published.get());
    }
    return assembler.assemble(v, week, curation.choices(v.id, week));
  }
}
