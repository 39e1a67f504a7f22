package verticalkb.briefing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.time.Instant;
import verticalkb.briefing.Briefing.Reading;
import verticalkb.expert.ExpertView;

/**
 * A briefing as a complete, self-contained HTML page fit for e-mail: inline styles, no scripts, no external resources,
 * every dynamic text escaped by Qute (the template is {@code templates/BriefingHtml/briefing.html}).
 */
final class BriefingHtml {

  private BriefingHtml() {}

  @CheckedTemplate
  static class Templates {
    static native TemplateInstance briefing(Briefing b, String base, String online);
  }

  /** The page, with absolute links built on {@code base} (kb.public-url). */
  static String render(Briefing b, String base) {
    return Templates.briefing(b, base, Links.briefing(base, b.vertical().id(), b.week(), "html")).render();
  }

  /** The editor's title of an edition, else "<vertical> briefing, <week>". */
  static String title(Briefing b) {
    return b.title() != null ? b.title() : b.vertical().name() + " briefing, " + b.week();
  }

  /** What the templates may call on the briefing's parts. */
  @TemplateExtension
  static final class Extensions {
    private Extensions() {}

    static String heading(Briefing b) {
      return title(b);
    }

    static String day(Instant i, String zone) {
      return Markdown.day(i, zone);
    }

    static String lastDay(Briefing b) {
      return Markdown.day(b.to().minusMillis(1), b.zone());
    }

    static String href(Reading r, String base) {
      return Links.document(base, r.url(), r.id());
    }

    static String href(ExpertView.Evidence e, String base) {
      return Links.document(base, e.url(), e.documentId());
    }

    static String label(ExpertView.Evidence e) {
      return e.title() != null ? e.title() : e.url() != null ? e.url() : e.documentId();
    }

    static String link(Briefing.Meeting m) {
      return Links.web(m.url());
    }

    static String average(Briefing.Trend t) {
      return BriefingMarkdown.number(t.previousAverage());
    }

    static String delta(Briefing.Trend t) {
      return BriefingMarkdown.change(t.change());
    }

    static String joined(java.util.List<String> values) {
      return String.join(", ", values);
    }
  }
}
