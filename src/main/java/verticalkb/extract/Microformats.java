package verticalkb.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import verticalkb.extract.Extraction.EventMention;
import verticalkb.extract.Extraction.PersonMention;

/**
 * People and events in microformats (h-card / vCard, h-event / hCalendar), the markup of many staff directories,
 * speaker lists and event listings that carry no schema.org data.
 */
final class Microformats {

  private static final int MAX = 500;

  private Microformats() {}

  static List<PersonMention> people(PageIndex page, URI base) {
    List<PersonMention> out = new ArrayList<>();
    for (Element card : page.cards) {
      if (card.closest(".h-entry, .hentry") != null && card.closest(".p-author, .author") != null) {
        addCard(out, card, base, SchemaMentions.ROLE_AUTHOR);
      } else if (card.closest(".h-event, .vevent") != null) {
        addCard(out, card, base, SchemaMentions.ROLE_SPEAKER);
      } else {
        addCard(out, card, base, SchemaMentions.ROLE_LISTED);
      }
      if (out.size() >= MAX) break;
    }
    return out;
  }

  private static void addCard(List<PersonMention> out, Element card, URI base, String role) {
    String name = text(card, ".p-name, .fn");
    if (name == null && card.select("[class]").isEmpty()) name = SchemaMentions.clean(card.text());
    if (!SchemaMentions.plausibleName(name)) return;
    String org = text(card, ".p-org, .org");
    if (org != null && org.equalsIgnoreCase(name)) return; // an organisation's card, not a person's
    String title = text(card, ".p-job-title, .title, .p-role, .role");
    String location = SchemaMentions.clean(String.join(", ", nonNull(text(card, ".p-locality, .locality"),
        text(card, ".p-region, .region"), text(card, ".p-country-name, .country-name"))));
    if (location == null) location = text(card, ".p-adr, .adr, .p-label");
    Element link = card.selectFirst("a.u-url[href], a.url[href]");
    if (link == null && card.normalName().equals("a")) link = card;
    URI url = link == null ? null : SchemaMentions.uri(link.absUrl("href"), base);
    SchemaMentions.add(out, new PersonMention(name, title, org, location, url, role));
  }

  static List<EventMention> events(PageIndex page, URI base) {
    List<EventMention> out = new ArrayList<>();
    for (Element ev : page.hEvents) {
      String name = text(ev, ".p-name, .summary");
      if (name == null) continue;
      Element start = ev.selectFirst(".dt-start, .dtstart");
      Element end = ev.selectFirst(".dt-end, .dtend");
      String startText = start == null ? null : StructuredData.value(start).isBlank() ? start.attr("title") : StructuredData.value(start);
      Element link = ev.selectFirst("a.u-url[href], a.url[href]");
      List<PersonMention> speakers = new ArrayList<>();
      for (Element card : ev.select(".h-card, .vcard")) addCard(speakers, card, base, SchemaMentions.ROLE_SPEAKER);
      out.add(new EventMention(name, Dates.parse(startText), end == null ? null : Dates.parse(StructuredData.value(end)),
          SchemaMentions.zoneOf(startText), text(ev, ".p-location, .location"), text(ev, ".p-locality, .locality"),
          text(ev, ".p-region, .region"), text(ev, ".p-country-name, .country-name"), null, null, null, null, speakers,
          link == null ? null : SchemaMentions.uri(link.absUrl("href"), base), text(ev, ".p-description, .description")));
      if (out.size() >= MAX) break;
    }
    return out;
  }

  private static List<String> nonNull(String... values) {
    List<String> out = new ArrayList<>();
    for (String v : values) if (v != null) out.add(v);
    return out;
  }

  private static String text(Element root, String selector) {
    Element e = root.selectFirst(selector);
    if (e == null) return null;
    // microformats2 p-* parsing: abbr[title], img[alt], else the text
    String v = e.normalName().equals("abbr") && e.hasAttr("title") ? e.attr("title")
        : e.normalName().equals("img") ? e.attr("alt") : e.text();
    return SchemaMentions.clean(v);
  }
}
