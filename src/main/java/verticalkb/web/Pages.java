package verticalkb.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;
import verticalkb.briefing.AccountBrief;
import verticalkb.briefing.Briefing;
import verticalkb.briefing.CurationView;
import verticalkb.briefing.EditionView;
import verticalkb.document.KbDocument;
import verticalkb.event.EventView;
import verticalkb.expert.ExpertView;
import verticalkb.vertical.VerticalView;

/** The web pages' templates (src/main/resources/templates/web), checked against these signatures at build time. */
@CheckedTemplate(basePath = "web")
final class Pages {

  private Pages() {}

  static native TemplateInstance home(List<VerticalView> verticals);

  static native TemplateInstance search(SearchForm form, List<VerticalChoice> verticals, SearchView result);

  static native TemplateInstance vertical(VerticalView vertical, List<HitView> reading, List<EventView> events, long eventCount,
      List<ExpertView> experts, long expertCount);

  static native TemplateInstance events(VerticalView vertical, EventFilter filter, List<EventView> events, long total, Paging paging,
      String error);

  static native TemplateInstance experts(VerticalView vertical, ExpertFilter filter, List<ExpertView> experts, long total, Paging paging,
      String error);

  static native TemplateInstance document(KbDocument document, List<String> paragraphs, List<HitView> related);

  static native TemplateInstance briefing(VerticalView vertical, Briefing briefing, String previousWeek, String nextWeek);

  static native TemplateInstance account(String name, String vertical, List<VerticalChoice> verticals, AccountBrief brief,
      List<HitView> news, String error);

  static native TemplateInstance subscribe(VerticalView vertical, String email, String name, boolean accepted, String error);

  static native TemplateInstance edit(VerticalView vertical, Briefing briefing, List<CurationView> hidden,
      List<EditionView> editions, String previousWeek, String nextWeek, String error);

  static native TemplateInstance error(int status, String title, String detail);
}
