package verticalkb.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of an HTML page, structured data first: title, authors, published and modified dates, language,
 * canonical URL and summary, each from JSON-LD, then OpenGraph and {@code meta} tags, then microdata and the DOM.
 */
final class PageMetadata {

  private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
      "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date",
      "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date", "date", "article.published",
      "cxenseparse:recs:publishtime", "citation_publication_date", "original-publish-date");
  private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
      "dateModified", "dcterms.modified", "last-modified", "lastmod", "article.updated");
  private static final List<String> AUTHOR_META = List.of("author", "article:author", "dc.creator", "parsely-author",
      "sailthru.author", "byl", "citation_author", "twitter:creator");
  private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·:»]\\s+");
  private static final int SUMMARY_CHARS = 300;

  String title;
  List<String> authors = new ArrayList<>();
  Instant published;
  Instant modified;
  String language;
  URI canonical;
  String summary;
  String articleBody;
  boolean article;

  static PageMetadata read(Document doc, PageIndex page, URI base, List<ObjectNode> items) {
    PageMetadata m = new PageMetadata();
    JsonNode articleItem = null;
    for (ObjectNode item : items) {
      if (StructuredData.isType(item, SchemaMentions::isArticle)) {
        articleItem = item;
        break;
      }
    }
    if (articleItem == null) {
      for (ObjectNode item : items) {
        if (StructuredData.isType(item, t -> t.equals("WebPage")) && item.has("datePublished")) {
          articleItem = item;
          break;
        }
      }
    }
    m.article = articleItem != null && !StructuredData.isType(articleItem, t -> t.equals("WebPage"))
        || "article".equalsIgnoreCase(meta(page, "og:type"));
    m.title = first(StructuredData.text(articleItem, "headline"), meta(page, "og:title"), meta(page, "twitter:title"),
        heading(page), docTitle(doc));
    m.title = SchemaMentions.clean(m.title);

    if (articleItem != null) {
      for (JsonNode a : StructuredData.all(articleItem, "author")) {
        String name = SchemaMentions.clean(StructuredData.asText(a));
        if (SchemaMentions.plausibleName(name) && SchemaMentions.isPersonLike(a)) addAuthor(m.authors, name);
      }
      m.published = Dates.parse(StructuredData.text(articleItem, "datePublished"));
      m.modified = Dates.parse(StructuredData.text(articleItem, "dateModified"));
      String body = StructuredData.text(articleItem, "articleBody");
      m.articleBody = body == null ? null : SchemaMentions.clean(body);
    }
    if (m.authors.isEmpty()) {
      for (String key : AUTHOR_META) {
        for (Element e : metas(page, key)) {
          String name = SchemaMentions.clean(e.attr("content"));
          if (SchemaMentions.plausibleName(name)) addAuthor(m.authors, name.replaceFirst("^@", ""));
        }
        if (!m.authors.isEmpty()) break;
      }
    }
    if (m.authors.isEmpty()) {
      for (Element e : page.bylines) {
        String name = SchemaMentions.clean(e.hasAttr("content") ? e.attr("content") : e.text());
        if (SchemaMentions.plausibleName(name)) addAuthor(m.authors, name);
        if (m.authors.size() >= 5) break;
      }
    }
    if (m.published == null) m.published = metaDate(page, PUBLISHED_META);
    if (m.published == null) {
      Element t = first(page.datePublished, page.timePubdate, page.firstTime);
      if (t != null) m.published = Dates.parse(t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content") : t.text());
    }
    if (m.modified == null) m.modified = metaDate(page, MODIFIED_META);

    Element html = doc.firstElementChild();
    m.language = language(first(html == null ? null : html.attr("lang"),
        httpEquiv(page, "content-language"), meta(page, "og:locale"), meta(page, "dc.language"),
        StructuredData.text(articleItem, "inLanguage")));
    String canonical = null;
    if (page.canonical != null) canonical = page.canonical.attr("href");
    if (canonical == null) canonical = meta(page, "og:url");
    m.canonical = SchemaMentions.uri(canonical, base);
    m.summary = SchemaMentions.clean(first(meta(page, "description"), meta(page, "og:description"),
        meta(page, "twitter:description"), StructuredData.text(articleItem, "description")));
    return m;
  }

  /** Adds a name once, without a byline's lead-in ("By", "Text:"), which structured data carries too. */
  private static void addAuthor(List<String> authors, String name) {
    name = SchemaMentions.withoutLeadIn(name);
    if (!SchemaMentions.plausibleName(name)) return;
    for (String a : authors) if (a.equalsIgnoreCase(name)) return;
    authors.add(name);
  }

  /** A summary from the text when the page has none: its first paragraph, cut at a word near the limit. */
  static String summaryOf(String text) {
    if (text == null || text.isBlank()) return null;
    String first = text.strip().split("\n", 2)[0];
    if (first.length() <= SUMMARY_CHARS) return first;
    int cut = first.lastIndexOf(' ', SUMMARY_CHARS);
    return first.substring(0, cut > 0 ? cut : SUMMARY_CHARS) + "…";
  }

  static String meta(PageIndex page, String key) {
    for (Element e : metas(page, key)) {
      String c = e.attr("content").strip();
      if (!c.isEmpty()) return c;
    }
    return null;
  }

  private static List<Element> metas(PageIndex page, String key) {
    List<Element> out = new ArrayList<>();
    for (Element e : page.metas) {
      if (key.equalsIgnoreCase(e.attr("property")) || key.equalsIgnoreCase(e.attr("name"))
          || key.equalsIgnoreCase(e.attr("itemprop"))) {
        out.add(e);
      }
    }
    return out;
  }

  private static String httpEquiv(PageIndex page, String key) {
    for (Element e : page.metas) {
      if (key.equalsIgnoreCase(e.attr("http-equiv"))) return e.attr("content");
    }
    return null;
  }

  private static Instant metaDate(PageIndex page, List<String> keys) {
    for (String key : keys) {
      Instant i = Dates.parse(meta(page, key));
      if (i != null) return i;
    }
    return null;
  }

  private static String heading(PageIndex page) {
    Element h1 = page.firstH1;
    if (h1 == null) return null;
    String t = h1.text().strip();
    return t.length() > 3 ? t : null;
  }

  /** The document title without a site-name suffix ("Story title | Site" is "Story title"). */
  private static String docTitle(Document doc) {
    String t = doc.title().strip();
    if (t.isEmpty()) return null;
    String[] parts = TITLE_SEPARATOR.split(t);
    if (parts.length > 1 && parts[0].length() >= t.length() / 3) return parts[0];
    return t;
  }

  /** An ISO 639-1 code from a language tag ("en-US", "de_DE", "fr"); null when it is not one. */
  static String language(String tag) {
    if (tag == null) return null;
    String t = tag.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    int dash = t.indexOf('-');
    if (dash > 0) t = t.substring(0, dash);
    return t.length() == 2 && t.chars().allMatch(Character::isLetter) ? t : null;
  }

  @SafeVarargs
  static <T> T first(T... values) {
    for (T v : values) {
      if (v instanceof String s ? !s.isBlank() : v != null) return v;
    }
    return null;
  }
}
