package verticalkb.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import verticalkb.extract.Extraction.PersonMention;

/**
 * People of directory and speaker pages without markup: repeated sibling blocks (cards), each with a person's name
 * (its heading, or its first strong or linked text) and a job title or affiliation on the lines after it, maybe a
 * link to a profile. They get the role {@code listed}. A card that has a name and nothing saying who the person is
 * does not count, and most cards of a group must be people, so teaser rows and link lists stay out.
 */
final class ListedPeople {

  /** Fewest cards that make a directory. */
  static final int MIN_BLOCKS = 3;
  private static final int MAX_PEOPLE = 500;
  /** A job-title line longer than this is a biography, not a title. */
  private static final int MAX_TITLE_WORDS = 8;
  // selectors parsed once: jsoup parses a selector string on every call
  private static final Evaluator NAME_ELEMENTS = QueryParser.parse("h1, h2, h3, h4, h5, h6, [class~=(?i)name], strong, b, a");
  private static final Evaluator TITLE_CLASSES = QueryParser.parse("[class~=(?i)\\b(title|role|position|job|function)\\b]");
  private static final Evaluator ORG_CLASSES = QueryParser.parse(
      "[class~=(?i)\\b(org|organi[sz]ation|company|affiliation|employer|institution)\\b]");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  /** "Chief executive, Acme" / "Director at X" / "CTO | Acme": the title, then the organisation. */
  private static final Pattern TITLE_ORG = Pattern.compile("\\s*(?:,|\\bat\\b|\\||–|—|@)\\s*");

  private ListedPeople() {}

  /** The people of the page's card groups. */
  static List<PersonMention> in(List<List<Element>> groups, URI base) {
    List<PersonMention> out = new ArrayList<>();
    for (List<Element> group : groups) {
      if (group.size() < MIN_BLOCKS) continue;
      List<PersonMention> found = new ArrayList<>();
      int misses = 0;
      for (Element card : group) {
        PersonMention p = card.childrenSize() == 0 ? null : person(card, base);
        if (p != null) {
          found.add(p);
        } else if (++misses * 2 > group.size()) {
          break; // most cards are not people: not a directory
        }
      }
      // a name repeated across the cards is a section label ("Company Town" over each teaser), not a person
      long distinct = found.stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT)).distinct().count();
      if (distinct == found.size() && found.size() >= MIN_BLOCKS && found.size() * 2 >= group.size()) {
        for (PersonMention p : found) SchemaMentions.add(out, p);
      }
      if (out.size() >= MAX_PEOPLE) break;
    }
    return out;
  }

  private static PersonMention person(Element card, URI base) {
    Element nameElement = card.selectFirst(NAME_ELEMENTS);
    if (nameElement == null) return null;
    String name = QuotedPeople.personName(SchemaMentions.clean(nameElement.text()));
    if (name == null) return null;
    String jobTitle = classText(card, TITLE_CLASSES, nameElement);
    String affiliation = classText(card, ORG_CLASSES, nameElement);
    if (jobTitle == null && affiliation == null) {
      String line = lineAfter(card, nameElement);
      if (line == null) return null;
      String[] parts = TITLE_ORG.split(line, 2);
      jobTitle = SchemaMentions.clean(parts[0]);
      affiliation = parts.length > 1 ? SchemaMentions.clean(parts[1]) : null;
    }
    if (jobTitle != null && !looksLikeTitle(jobTitle)) jobTitle = null;
    if (affiliation != null && !looksLikeTitle(affiliation)) affiliation = null;
    if (jobTitle == null && affiliation == null) return null;
    Element link = nameElement.normalName().equals("a") ? nameElement : nameElement.selectFirst("a[href]");
    if (link == null) link = nameElement.closest(LINKS);
    if (link == null) link = card.selectFirst(LINKS);
    URI profile = link == null ? null : SchemaMentions.uri(link.absUrl("href"), base);
    return new PersonMention(name, jobTitle, affiliation, null, profile, SchemaMentions.ROLE_LISTED);
  }

  private static String classText(Element card, Evaluator selector, Element nameElement) {
    for (Element e : card.select(selector)) {
      if (e == card || e == nameElement || inside(e, nameElement)) continue;
      String t = SchemaMentions.clean(e.text());
      if (t != null) return t;
    }
    return null;
  }

  /** The first text written after the name inside the card: the subtitle line of the card. */
  private static String lineAfter(Element card, Element nameElement) {
    boolean afterName = false;
    for (Element e : card.getAllElements()) {
      if (e == nameElement) {
        afterName = true;
        continue;
      }
      if (!afterName || inside(e, nameElement)) continue;
      String own = SchemaMentions.clean(e.ownText());
      // a linked line under a heading is a menu or a teaser ("Follow us" / "Twitter"), not a job title
      if (own != null) return e.closest("a") == null ? own : null;
    }
    return null;
  }

  private static boolean inside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) return true;
    }
    return false;
  }

  /** A short line, no date, not a byline or a teaser's "Read more". */
  private static boolean looksLikeTitle(String line) {
    if (line.split("\\s+").length > MAX_TITLE_WORDS || TextDates.find(line) != null) return false;
    String lower = line.toLowerCase(java.util.Locale.ROOT);
    return !lower.startsWith("by ") && !lower.startsWith("read more") && !lower.startsWith("more")
        && line.chars().anyMatch(Character::isLetter);
  }
}
