package verticalkb.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import verticalkb.ProblemException;

/**
 * The check a form that changes something makes first: the request must come from this service's own pages. Browsers
 * send Basic credentials along with any site's form, so without it another site could pin, hide or publish on behalf of
 * a signed-in editor (cross-site request forgery). Browsers name the page's origin in {@code Origin} (or {@code Referer}).
 */
public final class SameOrigin {

  private SameOrigin() {}

  /** For a page's form: the Origin (or, lacking one, the Referer) must be this service; a request naming neither is refused. */
  public static void check(HttpHeaders headers, UriInfo uri, String publicUrl) {
    String from = headers.getHeaderString("Origin");
    if (from == null || from.isBlank() || "null".equals(from)) from = headers.getHeaderString("Referer");
    if (from != null && matches(from, uri.getBaseUri(), publicUrl)) return;
    throw new ProblemException(403, "Forbidden",
        "This form must be sent from Vertical KB's own pages (its Origin did not match). Open the page again and resend it.");
  }

  /** Whether {@code from} (an Origin or a Referer) is this service, as reached ({@code base}) or as published. */
  public static boolean matches(String from, URI base, String publicUrl) {
    return sameOrigin(from, base) || sameOrigin(from, URI.create(publicUrl));
  }

  private static boolean sameOrigin(String from, URI base) {
    try {
      URI u = URI.create(from.strip());
      return base.getScheme().equalsIgnoreCase(u.getScheme()) && base.getHost().equalsIgnoreCase(u.getHost())
          && port(base) == port(u);
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }
}
