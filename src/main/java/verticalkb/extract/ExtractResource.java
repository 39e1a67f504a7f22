package verticalkb.extract;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ProblemException;

/**
 * {@code POST /api/extract?url=…}: what the extractors make of one response body (HTML, a feed, a sitemap, an
 * iCalendar file), so that an editor can check a page before adding its source. Nothing is stored.
 */
@Path("/api/extract")
public class ExtractResource {

  private final Extractor extractor;
  private final ExtractConfig config;

  ExtractResource(Extractor extractor, ExtractConfig config) {
    this.extractor = extractor;
    this.config = config;
  }

  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @RolesAllowed("editor")
  @Operation(summary = "Extract one page: type, title, text, authors, published, language, events, people")
  public Map<String, Object> extract(@RestQuery String url, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength, InputStream body) throws IOException {
    URI target = parseUrl(url);
    long max = config.maxBody();
    if (contentLength != null && contentLength > max) throw tooLarge(contentLength, max);
    byte[] bytes = read(body, max);
    if (bytes.length == 0) {
      throw ProblemException.badRequest("body", "the body is empty: send the page (HTML, a feed, a sitemap or an .ics file) as the request body");
    }
    return view(extractor.extract(target, contentType, bytes));
  }

  private static URI parseUrl(String url) {
    if (url == null || url.isBlank()) {
      throw ProblemException.badRequest("url", "missing: give the page's address, e.g. ?url=https://example.org/news/1 (it resolves relative links)");
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw ProblemException.badRequest("url", "'" + url + "' is not an absolute http(s) URL, e.g. https://example.org/news/1");
      }
      return u;
    } catch (URISyntaxException e) {
      throw ProblemException.badRequest("url", "'" + url + "' is not a valid URL: " + e.getReason());
    }
  }

  private static byte[] read(InputStream body, long max) throws IOException {
    if (body == null) return new byte[0];
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    if (bytes.length > max) throw tooLarge(null, max);
    return bytes;
  }

  private static ProblemException tooLarge(Long length, long max) {
    return new ProblemException(413, "Payload too large", "The body" + (length == null ? "" : " of " + length + " bytes")
        + " is larger than " + max + " bytes (kb.extract.max-body). Send a single page, or raise kb.extract.max-body.");
  }

  /** The contract's keys always present (null or empty when unknown), then what else was found. */
  static Map<String, Object> view(Extraction x) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", x.type());
    out.put("title", x.title());
    out.put("text", x.text());
    out.put("authors", orEmpty(x.authors()));
    out.put("published", x.published());
    out.put("language", x.language());
    out.put("events", orEmpty(x.events()));
    out.put("people", orEmpty(x.people()));
    out.put("summary", x.summary());
    out.put("modified", x.modified());
    out.put("canonicalUrl", x.canonicalUrl());
    out.put("entries", orEmpty(x.entries()));
    out.put("links", orEmpty(x.links()));
    out.put("problems", orEmpty(x.problems()));
    return out;
  }

  private static <T> List<T> orEmpty(List<T> l) {
    return l == null ? List.of() : l;
  }
}
