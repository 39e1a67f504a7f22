package verticalkb.extract;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import verticalkb.extract.Extraction.EventMention;

/**
 * Events of listing pages without markup: repeated sibling blocks, each with a heading (the event's name), a date
 * written in the text and often a place. Only pages that say they list events (a word such as "events", "agenda",
 * "Veranstaltungen" in the URL, title, first heading or the blocks' class names) are read, so that an article's
 * teasers or archive never become events. Times are wall-clock times: the start is written as if in UTC with no
 * time zone, and whoever knows the venue's zone reads it there.
 */
final class ListedEvents {

  /** Fewest blocks that make a listing. */
  static final int MIN_BLOCKS = 2;
  private static final int MAX_EVENTS = 500;
  private static final int MAX_DESCRIPTION = 500;
  /** A place line longer than this is a sentence, not a venue. */
  private static final int MAX_PLACE = 120;

  /** Word starts that say a page or a block lists events, in the languages of {@link TextDates}. */
  static final Set<String> EVENT_WORDS = Set.of("event", "évén", "éven", "evenement", "veranstaltung", "termine",
      "agenda", "calendar", "kalender", "calendrier", "calendario", "conference", "konferenz", "congress", "kongress",
      "webinar", "seminar", "meetup", "workshop", "evento", "eventi", "manifestation", "bijeenkomst");
  // selectors parsed once: jsoup parses a selector string on every call
  private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
  private static final Evaluator PLACE_CLASSES = QueryParser.parse(
      "[class~=(?i)\\b(location|venue|place|address|city|ort|lieu|lugar|luogo)\\b]");
  private static final Evaluator LINKS = QueryParser.parse("a[href]");
  private static final Evaluator PARAGRAPHS = QueryParser.parse("p");
  private static final Pattern PLACE_LABEL = Pattern.compile(
      "(?:location|venue|where|place|ort|veranstaltungsort|lieu|lugar|luogo|locatie|local)\\s*:\\s*([^|\\n]{2,120}?)(?=\\s{2,}|\\s*[|\\n]|$)",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ONLINE = Pattern.compile("\\b(?:online|virtual|webinar|livestream|live stream|zoom)\\b",
      Pattern.CASE_INSENSITIVE);

  private ListedEvents() {}

  /** The events of the page's listing blocks; empty when the page does not say it lists events. */
  static List<EventMention> in(Document doc, PageIndex page, URI url, List<List<Element>> groups) {
    List<EventMention> out = new ArrayList<>();
    if (groups.isEmpty()) return out;
    String pageWords = (url == null ? "" : url.getPath()) + " " + doc.title() + " "
        + (page.firstH1 == null ? "" : page.firstH1.text());
    boolean pageListsEvents = RepeatedBlocks.containsAny(pageWords, EVENT_WORDS);
    for (List<Element> group : groups) {
      if (!pageListsEvents && !RepeatedBlocks.mentions(group, EVENT_WORDS)) continue;
      List<EventMention> found = new ArrayList<>();
      for (Element block : group) {
        EventMention e = event(block, url);
        if (e != null) found.add(e);
      }
      // most blocks of a listing are events; a stray date in one card of a teaser row is not a listing
      if (found.size() >= MIN_BLOCKS && found.size() * 2 >= group.size()) {
        for (EventMention e : found) {
          if (out.stream().noneMatch(o -> o.name().equals(e.name()) && o.start().equals(e.start()))) out.add(e);
        }
      }
      if (out.size() >= MAX_EVENTS) break;
    }
    return out;
  }

  /** The block's text without its heading, one line per element, so that "4pm" and "Online" stay two words. */
  private static String lines(Element block, Element heading) {
    StringBuilder out = new StringBuilder();
    for (Element e : block.getAllElements()) {
      if (inside(e, heading)) continue;
      String own = e.ownText().strip();
      if (!own.isEmpty()) out.append(own).append('\n');
    }
    return out.toString();
  }

  private static boolean inside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) return true;
    }
    return false;
  }

  private static EventMention event(Element block, URI base) {
    Element heading = block.selectFirst(HEADINGS);
    if (heading == null) return null;
    String name = SchemaMentions.clean(heading.text());
    if (name == null) return null;
    String text = lines(block, heading);
    TextDates.WallClock when = TextDates.find(text);
    if (when == null) return null;
    String venue = null;
    Element placeElement = block.selectFirst(PLACE_CLASSES);
    if (placeElement != null && placeElement != block) venue = SchemaMentions.clean(placeElement.text());
    if (venue == null) {
      Matcher m = PLACE_LABEL.matcher(text);
      if (m.find()) venue = SchemaMentions.clean(m.group(1));
    }
    if (venue != null && venue.length() > MAX_PLACE) venue = null;
    boolean online = ONLINE.matcher(text).find();
    String city = null;
    if (venue != null && venue.contains(",")) city = SchemaMentions.clean(venue.substring(venue.lastIndexOf(',') + 1));
    Element link = heading.selectFirst(LINKS);
    if (link == null) link = heading.closest(LINKS);
    if (link == null) link = block.selectFirst(LINKS);
    URI url = link == null ? null : SchemaMentions.uri(link.absUrl("href"), base);
    String description = null;
    for (Element p : block.select(PARAGRAPHS)) {
      String t = SchemaMentions.clean(p.text());
      if (t != null && t.length() > name.length() && TextDates.find(t) == null && (venue == null || !t.contains(venue))) {
        description = t.length() > MAX_DESCRIPTION ? t.substring(0, MAX_DESCRIPTION) : t;
        break;
      }
    }
    return new EventMention(name, when.start().toInstant(ZoneOffset.UTC),
        when.end() == null ? null : when.end().toInstant(ZoneOffset.UTC), null, venue, city, null, null, null, null,
        online && venue == null ? Boolean.TRUE : null, null, List.of(), url, description);
  }
}
