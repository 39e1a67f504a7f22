package verticalkb.briefing;

import org.jsoup.Jsoup;
import verticalkb.briefing.AccountBrief.News;
import verticalkb.briefing.AccountBrief.TopicCount;
import verticalkb.briefing.Briefing.Meeting;
import verticalkb.briefing.Briefing.Person;

/** An account brief as Markdown ({@code format=md}), with absolute links built on kb.public-url. */
final class AccountBriefMarkdown {

  private static final String ZONE = "UTC";

  private AccountBriefMarkdown() {}

  static String render(AccountBrief b, String base) {
    StringBuilder out = new StringBuilder();
    out.append("# Account brief: ").append(Markdown.text(b.account().name())).append("\n\n");
    line(out, "Also known as", b.account().aliases());
    line(out, "Website", b.account().domains());
    line(out, "Target account in", b.account().verticals());
    if (b.note() != null) out.append("\n> ").append(Markdown.text(b.note())).append('\n');
    out.append("\n## What is new\n\n");
    if (b.news().isEmpty()) out.append("No documents mention it yet.\n");
    for (News n : b.news()) {
      out.append("- ").append(Markdown.link(n.title() == null ? n.id() : n.title(), Links.document(base, n.url(), n.id())));
      if (n.source() != null) out.append(" — ").append(Markdown.text(n.source()));
      if (n.published() != null) out.append(", ").append(Markdown.day(n.published(), ZONE));
      out.append('\n');
      // Search snippets are HTML (escaped text, <mark> around matches): shown here as their plain text.
      if (n.snippet() != null) out.append("  ").append(Markdown.text(Jsoup.parse(n.snippet()).text())).append('\n');
    }
    out.append("\n## Its people\n\n");
    if (b.people().isEmpty()) out.append("No experts known at this account.\n");
    for (Person p : b.people()) {
      out.append("- **").append(Markdown.text(p.name())).append("**");
      if (p.jobTitle() != null) out.append(", ").append(Markdown.text(p.jobTitle()));
      if (p.location() != null) out.append(" (").append(Markdown.text(p.location())).append(')');
      if (p.evidence() != null && !p.evidence().isEmpty()) {
        var e = p.evidence().getFirst();
        out.append(" — ").append(Markdown.text(e.role())).append(": ")
            .append(Markdown.link(e.title() != null ? e.title() : e.documentId(), Links.document(base, e.url(), e.documentId())));
      }
      out.append('\n');
    }
    out.append("\n## Where they will be\n\n");
    if (b.events().isEmpty()) out.append("No upcoming events name the account or its people.\n");
    for (Meeting m : b.events()) BriefingMarkdown.meeting(out, m);
    out.append("\n## Topics\n\n");
    if (b.topics().isEmpty()) out.append("No topics yet.\n");
    for (TopicCount t : b.topics()) out.append("- ").append(Markdown.text(t.name())).append(" (").append(t.count()).append(")\n");
    return out.toString();
  }

  /** {@code label: a, b, c} ending in a Markdown line break; nothing when there are no values. */
  private static void line(StringBuilder out, String label, java.util.List<String> values) {
    if (!values.isEmpty()) out.append(label).append(": ").append(Markdown.text(String.join(", ", values))).append("  \n");
  }
}
