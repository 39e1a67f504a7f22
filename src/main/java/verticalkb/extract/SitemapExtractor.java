package verticalkb.extract;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

/**
 * Sitemaps, sitemap indexes and news sitemaps through crawler-commons' {@link SiteMapParser} (lenient, partial
 * results kept): every URL becomes an entry (with the news title and publication date where given), and the entry
 * URLs are the links the frontier follows.
 */
final class SitemapExtractor {

  private SitemapExtractor() {}

  static Extraction extract(URI url, String contentType, byte[] body, List<String> problems) {
    SiteMapParser parser = new SiteMapParser(false, true);
    parser.enableExtension(Extension.NEWS);
    AbstractSiteMap map;
    try {
      URL base = (url == null ? URI.create("http://localhost/sitemap.xml") : url).toURL();
      map = parser.parseSiteMap(contentType == null ? "application/xml" : contentType, body, base);
    } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
      problems.add("sitemap could not be read: " + e.getMessage());
      return Extraction.unsupported("sitemap could not be read: " + e.getMessage());
    }
    List<Extraction.Entry> entries = new ArrayList<>();
    if (map instanceof SiteMapIndex index) {
      for (AbstractSiteMap child : index.getSitemaps()) {
        URI u = toUri(child.getUrl());
        if (u != null) entries.add(new Extraction.Entry(u, null, null, null, List.of(), null,
            child.getLastModified() == null ? null : child.getLastModified().toInstant()));
      }
    } else if (map instanceof SiteMap sitemap) {
      for (SiteMapURL s : sitemap.getSiteMapUrls()) {
        URI u = toUri(s.getUrl());
        if (u == null) continue;
        String title = null;
        java.time.Instant published = null;
        ExtensionMetadata[] news = s.getAttributesForExtension(Extension.NEWS);
        if (news != null) {
          for (ExtensionMetadata m : news) {
            if (m instanceof NewsAttributes n) {
              title = SchemaMentions.clean(n.getTitle());
              if (n.getPublicationDateTime() != null) published = n.getPublicationDateTime().toInstant();
            }
          }
        }
        entries.add(new Extraction.Entry(u, title, null, null, List.of(), published,
            s.getLastModified() == null ? null : s.getLastModified().toInstant()));
      }
    }
    if (entries.isEmpty()) problems.add("sitemap lists no URLs");
    return new Extraction("sitemap", null, null, null, List.of(), null, null, null, null,
        entries.stream().map(Extraction.Entry::url).distinct().toList(), entries, List.of(), List.of(), problems);
  }

  private static URI toUri(URL url) {
    if (url == null) return null;
    try {
      return url.toURI();
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
