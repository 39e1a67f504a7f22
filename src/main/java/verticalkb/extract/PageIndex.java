package verticalkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements the metadata, structured-data and link readers need, gathered in one pass over the document
 * instead of one CSS query each: on a large page every query is a full walk, and they add up.
 */
final class PageIndex {

  final List<Element> metas = new ArrayList<>();
  final List<Element> jsonLd = new ArrayList<>();
  /** Top-level microdata items: itemscope without itemprop. */
  final List<Element> items = new ArrayList<>();
  final List<Element> cards = new ArrayList<>();
  final List<Element> hEvents = new ArrayList<>();
  final List<Element> links = new ArrayList<>();
  final List<Element> bylines = new ArrayList<>();
  Element datePublished;
  Element timePubdate;
  Element firstTime;
  Element canonical;
  Element firstH1;

  static PageIndex of(Document doc) {
    PageIndex x = new PageIndex();
    for (Element e : doc.getAllElements()) {
      String tag = e.normalName();
      switch (tag) {
        case "meta" -> x.metas.add(e);
        case "script" -> {
          if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) x.jsonLd.add(e);
        }
        case "a", "area" -> {
          if (e.hasAttr("href")) x.links.add(e);
        }
        case "link" -> {
          if (x.canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) x.canonical = e;
        }
        case "time" -> {
          if (x.timePubdate == null && e.hasAttr("pubdate")) x.timePubdate = e;
          if (x.firstTime == null && e.hasAttr("datetime")) x.firstTime = e;
        }
        case "h1" -> {
          if (x.firstH1 == null) x.firstH1 = e;
        }
        default -> { }
      }
      // top-level items: no itemprop, or (broken but common) an itemprop with no item around it to belong to
      if (e.hasAttr("itemscope") && (!e.hasAttr("itemprop") || e.parents().stream().noneMatch(p -> p.hasAttr("itemscope")))) {
        x.items.add(e);
      }
      if (x.datePublished == null && e.attr("itemprop").equals("datePublished")) x.datePublished = e;
      if (e.attr("rel").equals("author") || e.attr("itemprop").equals("author")) x.bylines.add(e);
      if (e.hasAttr("class")) {
        String cls = e.className();
        if (cls.contains("card")) {
          if (e.hasClass("h-card") || e.hasClass("vcard")) x.cards.add(e);
        }
        if (cls.contains("event")) {
          if (e.hasClass("h-event") || e.hasClass("vevent")) x.hEvents.add(e);
        }
        if (cls.contains("author-name") || cls.contains("byline__name")) x.bylines.add(e);
      }
    }
    return x;
  }
}
