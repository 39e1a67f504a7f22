package verticalkb.extract;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * RSS 0.9x/1.0/2.0 and Atom feeds through ROME; each item becomes an {@link Extraction.Entry} with URL, title,
 * plain-text summary, full text when the feed carries substantial content, authors and dates. A feed ROME rejects
 * (not well-formed, undeclared entities, a doctype) is read again leniently with jsoup's XML parser, and the
 * problem is recorded.
 */
final class FeedExtractor {

  /** Feed content shorter than this is a teaser, not the article: the page must be fetched for the full text. */
  static final int FULL_TEXT_MIN_CHARS = 500;
  private static final int MAX_ENTRIES = 5000;

  private FeedExtractor() {}

  static Extraction extract(URI url, String contentType, byte[] body, List<String> problems) {
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(body), contentType, true));
      return completed(fromRome(feed, url, problems), url, body);
    } catch (FeedException | IOException | IllegalArgumentException | IllegalStateException e) {
      problems.add("feed is not well-formed (" + message(e) + "); read leniently");
      return lenient(url, body, problems);
    }
  }

  /**
   * ROME leaves gaps on valid but unusual feeds (RSS in a prefixed namespace, Atom links given as text, titles only
   * in Dublin Core): the lenient reading fills them, entry by entry, where both readings agree on the entries.
   */
  private static Extraction completed(Extraction rome, URI url, byte[] body) {
    boolean gaps = rome.entries().isEmpty() || rome.title() == null
        || rome.entries().stream().anyMatch(e -> e.url() == null || e.title() == null);
    if (!gaps) return rome;
    Extraction loose = lenient(url, body, new ArrayList<>());
    List<Extraction.Entry> entries = rome.entries();
    if (entries.isEmpty()) {
      entries = loose.entries();
    } else if (entries.size() == loose.entries().size()) {
      List<Extraction.Entry> merged = new ArrayList<>();
      for (int i = 0; i < entries.size(); i++) {
        Extraction.Entry a = entries.get(i);
        Extraction.Entry b = loose.entries().get(i);
        merged.add(new Extraction.Entry(a.url() != null ? a.url() : b.url(), a.title() != null ? a.title() : b.title(),
            a.summary(), a.text(), a.authors(), a.published(), a.modified()));
      }
      entries = merged;
    }
    return new Extraction(rome.type(), rome.title() != null ? rome.title() : loose.title(), null, rome.summary(),
        rome.authors(), rome.published(), null, rome.language(), null,
        entries.stream().map(Extraction.Entry::url).filter(java.util.Objects::nonNull).distinct().toList(), entries,
        List.of(), List.of(), rome.problems());
  }

  private static String message(Exception e) {
    String m = e.getMessage();
    if (m == null) return e.getClass().getSimpleName();
    return m.length() > 200 ? m.substring(0, 200) + "…" : m;
  }

  private static Extraction fromRome(SyndFeed feed, URI base, List<String> problems) {
    List<Extraction.Entry> entries = new ArrayList<>();
    URI feedBase = SchemaMentions.uri(feed.getLink(), base);
    for (SyndEntry e : feed.getEntries()) {
      if (entries.size() >= MAX_ENTRIES) {
        problems.add("more than " + MAX_ENTRIES + " entries; the rest were skipped");
        break;
      }
      URI link = SchemaMentions.uri(entryLink(e), feedBase != null ? feedBase : base);
      String summary = plain(e.getDescription());
      String full = null;
      for (SyndContent c : e.getContents()) {
        String t = plain(c);
        if (t != null && (full == null || t.length() > full.length())) full = t;
      }
      if (summary == null && full != null) summary = PageMetadata.summaryOf(full);
      if (full != null && full.length() < FULL_TEXT_MIN_CHARS) full = null;
      List<String> authors = new ArrayList<>();
      for (SyndPerson p : e.getAuthors()) addName(authors, p.getName());
      if (authors.isEmpty()) addName(authors, e.getAuthor());
      entries.add(new Extraction.Entry(link, SchemaMentions.clean(e.getTitle()), summary, full, authors,
          instant(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()), instant(e.getUpdatedDate())));
    }
    List<String> authors = new ArrayList<>();
    for (SyndPerson p : feed.getAuthors()) addName(authors, p.getName());
    return new Extraction("feed", SchemaMentions.clean(feed.getTitle()), null,
        SchemaMentions.clean(feed.getDescription()), authors, instant(feed.getPublishedDate()), null,
        PageMetadata.language(feed.getLanguage()), null, entries.stream().map(Extraction.Entry::url)
            .filter(java.util.Objects::nonNull).distinct().toList(), entries, List.of(), List.of(), problems);
  }

  /** The entry's page: the alternate link, else the first link, else the guid when it is a URL. */
  private static String entryLink(SyndEntry e) {
    for (SyndLink l : e.getLinks()) {
      if ((l.getRel() == null || l.getRel().equals("alternate")) && l.getHref() != null && !l.getHref().isBlank()) return l.getHref();
    }
    if (e.getLink() != null && !e.getLink().isBlank()) return e.getLink();
    return e.getUri();
  }

  private static void addName(List<String> names, String name) {
    String n = SchemaMentions.clean(name);
    if (n != null && !names.contains(n)) names.add(n);
  }

  private static String plain(SyndContent c) {
    if (c == null || c.getValue() == null) return null;
    String v = c.getValue();
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    String t = type.equals("text") || type.equals("text/plain") ? v.replaceAll("\\s+", " ").strip() : htmlText(v);
    return t.isEmpty() ? null : t;
  }

  static String htmlText(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) return html.replaceAll("\\s+", " ").strip();
    return TextRenderer.text(Jsoup.parseBodyFragment(html).body());
  }

  private static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  // ---- lenient reading --------------------------------------------------------------------------------------

  private static Extraction lenient(URI base, byte[] body, List<String> problems) {
    Document doc = Jsoup.parse(new String(body, StandardCharsets.UTF_8), base == null ? "" : base.toString(), Parser.xmlParser());
    List<Extraction.Entry> entries = new ArrayList<>();
    for (Element item : doc.getAllElements()) {
      String local = localName(item.tagName());
      if (!local.equals("item") && !local.equals("entry")) continue;
      if (entries.size() >= MAX_ENTRIES) break;
      String link = null;
      for (Element l : item.children()) {
        if (!localName(l.tagName()).equals("link")) continue;
        String rel = l.attr("rel");
        String href = l.hasAttr("href") ? l.attr("href") : l.text();
        if (!href.isBlank() && (rel.isEmpty() || rel.equals("alternate"))) {
          link = href.strip();
          break;
        }
      }
      if (link == null) link = child(item, "guid", "id");
      String summaryHtml = child(item, "description", "summary");
      String contentHtml = child(item, "content:encoded", "content");
      String summary = summaryHtml == null ? null : htmlText(summaryHtml);
      String full = contentHtml == null ? null : htmlText(contentHtml);
      if (summary == null && full != null) summary = PageMetadata.summaryOf(full);
      if (full != null && full.length() < FULL_TEXT_MIN_CHARS) full = null;
      List<String> authors = new ArrayList<>();
      for (Element a : item.select("author > name, dc|creator, author")) {
        if (a.normalName().equals("author") && !a.select("name").isEmpty()) continue;
        addName(authors, a.text());
      }
      String published = child(item, "pubDate", "published", "dc:date", "updated");
      String title = child(item, "title");
      entries.add(new Extraction.Entry(SchemaMentions.uri(link, base), title == null ? null : SchemaMentions.clean(htmlText(title)),
          summary, full, authors, Dates.parse(published), Dates.parse(child(item, "updated", "dc:date"))));
    }
    Element channel = null;
    for (Element e : doc.getAllElements()) {
      String local = localName(e.tagName());
      if (local.equals("channel") || local.equals("feed")) {
        channel = e;
        break;
      }
    }
    String title = channel == null ? null : child(channel, "title");
    if (entries.isEmpty() && channel == null) {
      problems.add("no feed items found");
      return new Extraction("unsupported", null, null, null, List.of(), null, null, null, null, List.of(), List.of(),
          List.of(), List.of(), problems);
    }
    return new Extraction("feed", title == null ? null : SchemaMentions.clean(htmlText(title)), null, null, List.of(),
        null, null, null, null, entries.stream().map(Extraction.Entry::url).filter(java.util.Objects::nonNull).distinct().toList(),
        entries, List.of(), List.of(), problems);
  }

  /**
   * The text of the first direct child with one of the names: as written (prefix included) first, then by local
   * name, so that {@code r:title} and {@code dc:title} serve where a plain {@code title} is missing.
   */
  private static String child(Element parent, String... names) {
    for (boolean local : new boolean[] {false, true}) {
      for (String name : names) {
        for (Element c : parent.children()) {
          String tag = local ? localName(c.tagName()) : c.tagName();
          if (tag.equalsIgnoreCase(local ? localName(name) : name)) {
            String t = c.wholeText().strip();
            if (!t.isEmpty()) return t;
          }
        }
      }
    }
    return null;
  }

  private static String localName(String tag) {
    int colon = tag.indexOf(':');
    return colon >= 0 ? tag.substring(colon + 1) : tag;
  }
}
