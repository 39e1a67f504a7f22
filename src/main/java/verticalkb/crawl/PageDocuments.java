package verticalkb.crawl;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import verticalkb.document.KbDocument;
import verticalkb.document.KbDocument.Types;
import verticalkb.extract.Extraction;
import verticalkb.extract.Extraction.Entry;

/**
 * Maps what the extractors made of a response to documents: one per page (a publication for an article, a page
 * otherwise) and one publication per feed entry that carries its full text. Ids derive from the canonical URL when
 * it stays on the page's site, else from the normalised URL, so a page keeps its id across fetches. Events and
 * experts are not made here (the experts feature derives them from the extraction listeners).
 */
final class PageDocuments {

  /** Extraction types that list other things rather than being a page of their own. */
  static final List<String> LISTINGS = List.of("feed", "sitemap");
  static final String UNSUPPORTED = "unsupported";

  private PageDocuments() {}

  /** Context of a page: which source and vertical it belongs to. */
  record Origin(String sourceId, String verticalId, double authority) {}

  static List<KbDocument> of(Origin o, URI url, Extraction x) {
    List<KbDocument> docs = new ArrayList<>();
    if (LISTINGS.contains(x.type())) {
      for (Entry e : x.entries()) {
        if (e.text() == null || e.text().isBlank() || e.url() == null) continue;
        String u = Urls.normalise(e.url().toString());
        if (u == null) continue;
        docs.add(doc(o, u, Types.PUBLICATION, e.title(), e.text(), e.summary(), e.authors(), e.published(), e.modified(), null, null));
      }
      return docs;
    }
    if (UNSUPPORTED.equals(x.type())) return docs;
    String page = Urls.normalise(url.toString());
    if (page == null) return docs;
    String canonical = x.canonicalUrl() == null ? null : Urls.normalise(x.canonicalUrl().toString());
    if (canonical != null && !ScopeFilter.site(URI.create(canonical).getHost()).equals(ScopeFilter.site(url.getHost()))) canonical = null;
    String type = "article".equals(x.type()) ? Types.PUBLICATION : Types.PAGE;
    String title = x.title() == null || x.title().isBlank() ? page : x.title();
    docs.add(doc(o, canonical != null ? canonical : page, type, title, x.text(), x.summary(), x.authors(), x.published(),
        x.modified(), x.language(), canonical));
    return docs;
  }

  private static KbDocument doc(Origin o, String url, String type, String title, String text, String summary,
      List<String> authors, java.time.Instant published, java.time.Instant modified, String language, String canonical) {
    return new KbDocument(Urls.documentId(url), url, type, title == null ? url : title, text, summary,
        authors == null ? List.of() : authors, published, modified, language, o.sourceId(), List.of(o.verticalId()), List.of(),
        List.of(), null, null, null, canonical, textHash(text), null, null, null, o.authority());
  }

  /** Hash of the text with case and whitespace normalised: equal hashes are exact duplicates. */
  static String textHash(String text) {
    if (text == null || text.isBlank()) return null;
    String norm = collapseWhitespace(text.toLowerCase(Locale.ROOT)).strip();
    return Urls.contentHash(norm.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Each run of the regex whitespace class ({@code [ \t\n\x0B\f\r]}) as one space: what {@code replaceAll} with
   * {@code "\\s+"} gave, without a regex over every page's whole text (about 3 % of the service's samples in a
   * crawl profile with the README's run command).
   */
  static String collapseWhitespace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean inRun = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      if (!space) b.append(c);
      else if (!inRun) b.append(' ');
      inRun = space;
    }
    return b.toString();
  }
}
