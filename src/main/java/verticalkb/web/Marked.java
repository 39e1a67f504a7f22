package verticalkb.web;

import io.quarkus.qute.RawString;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A search snippet made safe for a page. The API's snippets are already HTML (the highlighter escapes the text and
 * adds {@code <mark>}); cleaning them again here keeps the {@code <mark>} tags and nothing else, so that a page never
 * trusts what reaches it from elsewhere.
 */
final class Marked {

  private static final Safelist MARKS_ONLY = Safelist.none().addTags("mark");
  private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

  private Marked() {}

  static RawString html(String snippet) {
    if (snippet == null) return new RawString("");
    return new RawString(Jsoup.clean(snippet, "", MARKS_ONLY, COMPACT));
  }
}
