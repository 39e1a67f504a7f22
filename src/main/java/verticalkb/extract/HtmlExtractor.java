package verticalkb.extract;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verticalkb.extract.Extraction.EventMention;
import verticalkb.extract.Extraction.PersonMention;

/**
 * What one parsed HTML page says: metadata and structured data are read first (they need the whole page), then
 * the links, then the main text, which prunes the document in place. Stateless; one call per page.
 */
final class HtmlExtractor {

  /** A page with this much main text and a date, or declared an article, is an article. */
  static final int ARTICLE_MIN_CHARS = 500;
  /** This many people without an article make a directory page. */
  static final int DIRECTORY_MIN_PEOPLE = 3;
  /** When JSON-LD articleBody is this much longer than the text the DOM gave, the DOM missed the article. */
  private static final double ARTICLE_BODY_RATIO = 2.0;

  private final int maxLinks;

  HtmlExtractor(int maxLinks) {
    this.maxLinks = maxLinks;
  }

  Extraction extract(Document doc, URI url, List<String> problems) {
    PageIndex page = PageIndex.of(doc);
    List<ObjectNode> items = StructuredData.items(page, problems);
    PageMetadata meta = PageMetadata.read(doc, page, url, items);
    List<EventMention> events = SchemaMentions.events(items, url);
    List<PersonMention> people = new ArrayList<>(SchemaMentions.people(items, url));
    for (String author : meta.authors) {
      SchemaMentions.add(people, new PersonMention(author, null, null, null, null, SchemaMentions.ROLE_AUTHOR));
    }
    for (PersonMention p : Microformats.people(page, url)) SchemaMentions.add(people, p);
    if (events.isEmpty()) events = Microformats.events(page, url);
    List<URI> links = links(page);
    // listings are read before main-content pruning changes the document; a page declared an article has none
    List<List<Element>> groups = meta.article ? List.of() : RepeatedBlocks.in(doc, ListedEvents.MIN_BLOCKS);
    List<EventMention> listedEvents = events.isEmpty() ? ListedEvents.in(doc, page, url, groups) : List.of();
    List<PersonMention> listedPeople = ListedPeople.in(groups, url);

    Element main = MainContent.find(doc);
    String text = main == null ? "" : TextCleanup.text(TextRenderer.blocks(main));
    if (meta.articleBody != null && meta.articleBody.length() > text.length() * ARTICLE_BODY_RATIO) {
      text = meta.articleBody;
    }
    for (PersonMention p : QuotedPeople.in(text, meta.authors)) SchemaMentions.add(people, p);
    if (events.isEmpty()) events = listedEvents;
    for (PersonMention p : listedPeople) SchemaMentions.add(people, p);
    String summary = meta.summary != null ? meta.summary : PageMetadata.summaryOf(text);
    String type;
    if ((meta.article || meta.published != null) && text.length() >= ARTICLE_MIN_CHARS) {
      type = "article";
    } else if (!events.isEmpty()) {
      type = "events";
    } else if (people.stream().filter(p -> p.role().equals(SchemaMentions.ROLE_LISTED)).count() >= DIRECTORY_MIN_PEOPLE) {
      type = "people";
    } else if (meta.article && !text.isEmpty()) {
      type = "article";
    } else {
      type = "page";
    }
    return new Extraction(type, meta.title, text.isEmpty() ? null : text, summary, meta.authors, meta.published,
        meta.modified, meta.language, meta.canonical, links, List.of(), events, people, problems);
  }

  private List<URI> links(PageIndex page) {
    Set<URI> out = new LinkedHashSet<>();
    LinkResolver resolver = new LinkResolver();
    for (Element a : page.links) {
      String rel = a.attr("rel");
      if (rel.contains("nofollow")) continue;
      URI u = resolver.resolve(a, "href");
      if (u == null) continue;
      if (u.getRawFragment() != null) {
        try {
          u = new URI(u.getScheme(), u.getRawSchemeSpecificPart(), null);
        } catch (java.net.URISyntaxException e) {
          continue;
        }
      }
      out.add(u);
      if (out.size() >= maxLinks) break;
    }
    return new ArrayList<>(out);
  }
}
