package verticalkb.briefing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/** Markdown helpers shared by the briefing and account brief renderers: escaping of dynamic text, dates. */
final class Markdown {

  /** Characters that Markdown (CommonMark) reads as markup anywhere in a line. */
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
  /** Characters that start a block (heading, list, quote) when they lead a line. */
  private static final Pattern LEADING = Pattern.compile("^([#+\\->])");

  private Markdown() {}

  /** {@code text} on one line with every Markdown character escaped; empty for null. */
  static String text(String text) {
    if (text == null) return "";
    String escaped = SPECIAL.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("\\\\$1");
    return LEADING.matcher(escaped).replaceFirst("\\\\$1");
  }

  /** A link {@code [label](href)}; the label escaped, the address's parentheses and spaces percent-encoded. */
  static String link(String label, String href) {
    return "[" + text(label) + "](" + href.replace(" ", "%20").replace("(", "%28").replace(")", "%29") + ")";
  }

  /** The day of {@code instant} in {@code zone} (ISO), or empty for null. */
  static String day(Instant instant, String zone) {
    return instant == null ? "" : instant.atZone(ZoneId.of(zone)).toLocalDate().toString();
  }
}
