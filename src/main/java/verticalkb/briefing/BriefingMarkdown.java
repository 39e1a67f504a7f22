package verticalkb.briefing;

import java.util.Locale;
import verticalkb.briefing.Briefing.Meeting;
import verticalkb.briefing.Briefing.Person;
import verticalkb.briefing.Briefing.Reading;
import verticalkb.briefing.Briefing.Trend;
import verticalkb.expert.ExpertView;

/** A briefing as Markdown: the {@code format=md} answer and the plain-text part of the weekly e-mail. */
final class BriefingMarkdown {

  private BriefingMarkdown() {}

  /** The briefing with absolute links built on {@code base} (kb.public-url). */
  static String render(Briefing b, String base) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Markdown.text(BriefingHtml.title(b))).append("\n\n");
    out.append('_').append(Markdown.day(b.from(), b.zone())).append(" to ").append(Markdown.day(b.to().minusMillis(1), b.zone()))
        .append(" (").append(Markdown.text(b.zone())).append(")");
    if (b.edition() != null) {
      out.append(", edition ").append(b.edition().revision()).append(" published ").append(Markdown.day(b.edition().publishedAt(), b.zone()));
    }
    out.append("_\n\n");
    if (b.intro() != null) out.append(Markdown.text(b.intro())).append("\n\n");
    if (b.note() != null) out.append(Markdown.text(b.note())).append("\n\n");
    out.append("## What its leaders read\n\n");
    if (b.reading().isEmpty()) out.append("No publications this week.\n");
    int n = 1;
    for (Reading r : b.reading()) {
      out.append(n++).append(". ").append(r.pinned() ? "📌 " : "").append(Markdown.link(r.title(), Links.document(base, r.url(), r.id())));
      if (r.source() != null || r.published() != null) {
        out.append(" — ").append(Markdown.text(r.source())).append(r.source() != null && r.published() != null ? ", " : "")
            .append(Markdown.day(r.published(), b.zone()));
      }
      out.append('\n');
      if (r.summary() != null) out.append("   ").append(Markdown.text(r.summary())).append('\n');
      if (r.note() != null) out.append("   > Editor's note: ").append(Markdown.text(r.note())).append('\n');
    }
    out.append("\n## Where they meet\n\n");
    if (b.events().isEmpty()) out.append("No events in the coming weeks.\n");
    for (Meeting m : b.events()) meeting(out, m);
    out.append("\n## Who to tap\n\n");
    if (b.experts().isEmpty()) out.append("No experts with fresh evidence.\n");
    for (Person p : b.experts()) {
      out.append("- **").append(Markdown.text(p.name())).append("**");
      for (String s : new String[] {p.jobTitle(), p.affiliation()}) if (s != null) out.append(", ").append(Markdown.text(s));
      if (p.location() != null) out.append(" (").append(Markdown.text(p.location())).append(')');
      out.append('\n');
      if (p.evidence() != null) {
        for (ExpertView.Evidence e : p.evidence()) {
          out.append("  - ").append(Markdown.text(e.role())).append(": ")
              .append(Markdown.link(e.title() != null ? e.title() : e.url() != null ? e.url() : e.documentId(),
                  Links.document(base, e.url(), e.documentId())))
              .append(e.date() == null ? "" : " (" + Markdown.day(e.date(), b.zone()) + ")").append('\n');
        }
      }
    }
    out.append("\n## The agenda\n\n");
    if (b.topics().isEmpty()) {
      out.append("No topics came up this week.\n");
    } else {
      out.append("| Topic | This week | Weekly average before | Change |\n| --- | ---: | ---: | ---: |\n");
      for (Trend t : b.topics()) {
        out.append("| ").append(Markdown.text(t.name())).append(" | ").append(t.count()).append(" | ")
            .append(number(t.previousAverage())).append(" | ").append(change(t.change())).append(" |\n");
      }
    }
    return out.toString();
  }

  /** One event as a list item: name, start, place, link, and the speakers on the next line. */
  static void meeting(StringBuilder out, Meeting m) {
    out.append("- **").append(Markdown.text(m.name())).append("** — ").append(Markdown.text(m.start()));
    if (m.location() != null) out.append(" · ").append(Markdown.text(m.location()));
    if (m.online()) out.append(" · online");
    String web = Links.web(m.url());
    if (web != null) out.append(" · ").append(Markdown.link("details", web));
    out.append('\n');
    if (m.speakers() != null) out.append("  Speakers: ").append(Markdown.text(String.join(", ", m.speakers()))).append('\n');
  }

  static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d);
  }

  static String change(double d) {
    return (d > 0 ? "+" : "") + number(d);
  }
}
