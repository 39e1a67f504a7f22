package verticalkb.crawl;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verticalkb.extract.Extraction;
import verticalkb.extract.Extraction.Entry;
import verticalkb.extract.Extractor;

/**
 * A minimal {@link Extractor} until the extraction feature's replaces it: HTML title, main text (paragraphs),
 * links, canonical URL, meta author and date; RSS/Atom items (ROME) and sitemaps (crawler-commons) as entries.
 * Pure and bounded like every extractor: bad input gives a problem, never an exception.
 */
@DefaultBean
@ApplicationScoped
public class FallbackExtractor implements Extractor {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset=([^;\\s]+)");
  /** How far into a body we look to tell XML flavours apart. */
  private static final int SNIFF_CHARS = 2048;

  @Override
  public Extraction extract(URI url, String contentType, byte[] body) {
    try {
      Charset charset = charset(contentType);
      String mime = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
      String head = new String(body, 0, Math.min(body.length, SNIFF_CHARS), charset).toLowerCase(Locale.ROOT);
      if (head.contains("<urlset") || head.contains("<sitemapindex")) return sitemap(url, body);
      if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")) return feed(body);
      if (mime.equals("text/calendar") || head.startsWith("begin:vcalendar")) {
        return new Extraction("events", null, null, null, List.of(), null, null, null, null, List.of(), List.of(), List.of(),
            List.of(), List.of("calendar left to the extraction feature"));
      }
      if (!mime.isEmpty() && !mime.contains("html") && !mime.startsWith("text/")) return Extraction.unsupported("not HTML: " + mime);
      return html(url, new String(body, charset));
    } catch (RuntimeException e) {
      return Extraction.unsupported("cannot extract: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private static Extraction html(URI url, String html) {
    Document doc = Jsoup.parse(html, url.toString());
    String title = firstNonBlank(meta(doc, "meta[property=og:title]"), doc.title(), text(doc.selectFirst("h1")));
    StringBuilder text = new StringBuilder();
    Element root = doc.selectFirst("article");
    if (root == null) root = doc.body();
    for (Element p : root.select("p")) {
      String t = p.text().strip();
      if (!t.isEmpty()) text.append(t).append('\n');
    }
    if (text.isEmpty()) text.append(root.text());
    Set<URI> links = new LinkedHashSet<>();
    for (Element a : doc.select("a[href]")) {
      String abs = a.absUrl("href");
      URI u = uri(abs);
      if (u != null && u.getScheme() != null && u.getScheme().startsWith("http")) links.add(u);
    }
    String canonical = doc.select("link[rel=canonical]").attr("abs:href");
    String author = meta(doc, "meta[name=author]");
    Instant published = instant(firstNonBlank(meta(doc, "meta[property=article:published_time]"),
        doc.select("time[datetime]").attr("datetime")));
    boolean article = "article".equalsIgnoreCase(meta(doc, "meta[property=og:type]")) || doc.selectFirst("article") != null;
    String lang = doc.select("html[lang]").attr("lang");
    return new Extraction(article ? "article" : "page", title, text.toString().strip(), meta(doc, "meta[name=description]"),
        author == null ? List.of() : List.of(author), published, null, lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT),
        canonical.isBlank() ? null : uri(canonical), List.copyOf(links), List.of(), List.of(), List.of(), List.of());
  }

  private static Extraction feed(byte[] body) {
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
      List<Entry> entries = new ArrayList<>();
      for (SyndEntry e : feed.getEntries()) {
        URI link = uri(e.getLink());
        if (link == null) continue;
        String summary = e.getDescription() == null ? null : Jsoup.parse(e.getDescription().getValue()).text();
        String full = null;
        for (SyndContent c : e.getContents()) {
          if (c.getValue() != null && !c.getValue().isBlank()) full = paragraphs(c.getValue());
        }
        List<String> authors = e.getAuthor() == null || e.getAuthor().isBlank() ? List.of() : List.of(e.getAuthor());
        Instant published = e.getPublishedDate() == null ? null : e.getPublishedDate().toInstant();
        Instant modified = e.getUpdatedDate() == null ? null : e.getUpdatedDate().toInstant();
        entries.add(new Entry(link, e.getTitle(), summary, full, authors, published, modified));
      }
      return new Extraction("feed", feed.getTitle(), null, null, List.of(), null, null, null, null, List.of(), entries, List.of(),
          List.of(), List.of());
    } catch (Exception e) {
      return Extraction.unsupported("broken feed: " + e.getMessage());
    }
  }

  private static Extraction sitemap(URI url, byte[] body) {
    try {
      AbstractSiteMap map = new SiteMapParser(false).parseSiteMap("text/xml", body, url.toURL());
      List<Entry> entries = new ArrayList<>();
      if (map instanceof SiteMapIndex index) {
        for (AbstractSiteMap m : index.getSitemaps()) entries.add(new Entry(uri(m.getUrl().toString()), null, null, null, List.of(), null, null));
      } else if (map instanceof SiteMap sm) {
        sm.getSiteMapUrls().forEach(u -> entries.add(new Entry(uri(u.getUrl().toString()), null, null, null, List.of(), null,
            u.getLastModified() == null ? null : u.getLastModified().toInstant())));
      }
      return new Extraction("sitemap", null, null, null, List.of(), null, null, null, null, List.of(),
          entries.stream().filter(e -> e.url() != null).toList(), List.of(), List.of(), List.of());
    } catch (Exception e) {
      return Extraction.unsupported("broken sitemap: " + e.getMessage());
    }
  }

  private static String paragraphs(String html) {
    Document d = Jsoup.parseBodyFragment(html);
    StringBuilder b = new StringBuilder();
    for (Element p : d.select("p")) b.append(p.text().strip()).append('\n');
    return b.isEmpty() ? d.text() : b.toString().strip();
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      Matcher m = CHARSET.matcher(contentType);
      if (m.find()) {
        try {
          return Charset.forName(m.group(1).replace("\"", ""));
        } catch (RuntimeException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static String meta(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null || e.attr("content").isBlank() ? null : e.attr("content").strip();
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v.strip();
    return null;
  }

  private static Instant instant(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return OffsetDateTime.parse(s.strip()).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(s.strip());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static URI uri(String s) {
    if (s == null || s.isBlank()) return null;
    try {
      return URI.create(s.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
