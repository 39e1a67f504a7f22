package verticalkb.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Groups of sibling elements built alike (same tag, same classes): the cards of a listing page, where every event or
 * person of the list is one block. Found in one pass over the document, before main-content pruning changes it.
 */
final class RepeatedBlocks {

  /** Groups kept per page: a listing has a few; thousands are a hostile or broken page. */
  private static final int MAX_GROUPS = 200;
  /** Parts of a page that repeat for navigation or markup, never as a listing's entries. */
  private static final Set<String> SKIPPED = Set.of("head", "script", "style", "nav", "select", "table", "tbody",
      "thead", "tr", "svg", "picture", "form", "footer");

  /**
   * Text-level elements: a run of paragraphs, links or headings is an article or a menu, and a card (an event with a
   * heading, a person with a title) is never one of them.
   */
  static final Set<String> TEXT_LEVEL = Set.of("p", "span", "a", "br", "img", "em", "i", "strong", "b", "option",
      "dd", "dt", "td", "source", "meta", "link", "input", "label", "button", "hr", "blockquote", "pre", "code", "h1",
      "h2", "h3", "h4", "h5", "h6", "small", "sup", "sub", "time", "iframe", "noscript", "u", "s", "cite", "q");

  private static final java.util.regex.Pattern NON_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}]+");

  private RepeatedBlocks() {}

  /** The groups of at least {@code minBlocks} alike siblings, in document order. */
  static List<List<Element>> in(Document doc, int minBlocks) {
    List<List<Element>> out = new ArrayList<>();
    for (Element parent : doc.getAllElements()) {
      if (parent.childrenSize() < minBlocks || SKIPPED.contains(parent.normalName())) continue;
      Map<String, List<Element>> bySignature = null; // most parents hold only text: no map for them
      for (Element child : parent.children()) {
        if (SKIPPED.contains(child.normalName()) || TEXT_LEVEL.contains(child.normalName())) continue;
        if (bySignature == null) bySignature = new LinkedHashMap<>();
        bySignature.computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>()).add(child);
      }
      if (bySignature == null) continue;
      for (List<Element> group : bySignature.values()) {
        if (group.size() >= minBlocks) out.add(group);
      }
      if (out.size() >= MAX_GROUPS) break;
    }
    return out;
  }

  /** Whether the group's blocks or their parent use one of the words (lower case) in their classes or id. */
  static boolean mentions(List<Element> group, Set<String> words) {
    Element parent = group.get(0).parent();
    String classes = (group.get(0).className() + " " + group.get(0).id() + " "
        + (parent == null ? "" : parent.className() + " " + parent.id())).toLowerCase(java.util.Locale.ROOT);
    return containsAny(classes, words);
  }

  /** Whether a word of the text starts with one of the words ("events" with "event"; "prevent" does not). */
  static boolean containsAny(String text, Set<String> words) {
    if (text == null || text.isEmpty()) return false;
    for (String token : NON_LETTERS.split(text.toLowerCase(java.util.Locale.ROOT))) {
      if (token.isEmpty()) continue;
      for (String w : words) {
        if (token.startsWith(w)) return true;
      }
    }
    return false;
  }
}
