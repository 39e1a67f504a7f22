package verticalkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

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
    // a traversal, not getAllElements(): that builds the list through a selector collector, a large share of this pass
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) x.add(e);
    }, doc);
    return x;
  }

  private void add(Element e) {
    String tag = e.normalName();
    switch (tag) {
      case "meta" -> metas.add(e);
      case "script" -> {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) jsonLd.add(e);
      }
      case "a", "area" -> {
        if (e.hasAttr("href")) links.add(e);
      }
      case "link" -> {
        if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) canonical = e;
      }
      case "time" -> {
        if (timePubdate == null && e.hasAttr("pubdate")) timePubdate = e;
        if (firstTime == null && e.hasAttr("datetime")) firstTime = e;
      }
      case "h1" -> {
        if (firstH1 == null) firstH1 = e;
      }
      default -> { }
    }
    // everything below reads attributes, and most elements have none
    if (e.attributesSize() == 0) return;
    // top-level items: no itemprop, or (broken but common) an itemprop with no item around it to belong to
    if (e.hasAttr("itemscope") && (!e.hasAttr("itemprop") || e.parents().stream().noneMatch(p -> p.hasAttr("itemscope")))) {
      items.add(e);
    }
    if (datePublished == null && e.attr("itemprop").equals("datePublished")) datePublished = e;
    if (e.attr("rel").equals("author") || e.attr("itemprop").equals("author")) bylines.add(e);
    if (e.hasAttr("class")) {
      String cls = e.className();
      if (cls.contains("card")) {
        if (e.hasClass("h-card") || e.hasClass("vcard")) cards.add(e);
      }
      if (cls.contains("event")) {
        if (e.hasClass("h-event") || e.hasClass("vevent")) hEvents.add(e);
      }
      if (cls.contains("author-name") || cls.contains("byline__name")) bylines.add(e);
    }
  }
}
