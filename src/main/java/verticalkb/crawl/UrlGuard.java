package verticalkb.crawl;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import verticalkb.vertical.SourceUrlCheck;

/**
 * The SSRF guard: refuses URLs whose host resolves to a loopback, private, link-local, multicast or unspecified
 * address, at source creation and before every request (redirect targets included), unless
 * {@code kb.crawl.allow-private-hosts=true}. Exact origins may be allowed one by one (the service's own demo
 * address), which opens nothing else. Limitation: the JDK client resolves the name again when it connects, so a DNS
 * answer that changes between the check and the connection (rebinding) is not caught.
 */
@ApplicationScoped
public class UrlGuard implements SourceUrlCheck {

  private final boolean allowPrivate;
  private final Set<String> allowedOrigins = ConcurrentHashMap.newKeySet();

  UrlGuard(CrawlConfig config) {
    this.allowPrivate = config.allowPrivateHosts();
  }

  /** Allows this exact scheme://host:port although it may be private (the demo web served by this service). */
  public void allowOrigin(URI uri) {
    allowedOrigins.add(Urls.origin(uri));
  }

  @Override
  public String problem(String url) {
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      return null; // not a URL at all: SourceRules says so
    }
    if (uri.getHost() == null) return null;
    return refusal(uri, false);
  }

  /**
   * Why a request to this URL is refused, or null. With {@code mustResolve} (fetch time) an unknown host is refused
   * too; at source creation it is accepted, because the name may exist later and the fetch checks again.
   */
  public String refusal(URI uri, boolean mustResolve) {
    if (allowPrivate || allowedOrigins.contains(Urls.origin(uri))) return null;
    String host = uri.getHost();
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return mustResolve ? "host " + host + " does not resolve" : null;
    }
    for (InetAddress a : addresses) {
      String kind = forbiddenKind(a);
      if (kind != null) {
        return "host " + host + " resolves to " + kind + " address " + a.getHostAddress()
            + ", which the crawler refuses (SSRF guard); set kb.crawl.allow-private-hosts=true only on a trusted network";
      }
    }
    return null;
  }

  /** The kind of non-public address, or null for a public one. */
  static String forbiddenKind(InetAddress a) {
    if (a.isLoopbackAddress()) return "a loopback";
    if (a.isAnyLocalAddress()) return "an unspecified";
    if (a.isLinkLocalAddress()) return "a link-local";
    if (a.isSiteLocalAddress()) return "a private";
    if (a.isMulticastAddress()) return "a multicast";
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // RFC 6598 shared address space (carrier-grade NAT), 100.64.0.0/10, and 0.0.0.0/8 ("this network").
      if (first == 100 && second >= 64 && second < 128) return "a shared (CGNAT)";
      if (first == 0) return "an unspecified";
    }
    // RFC 4193 unique local addresses fc00::/7: the IPv6 private range, not covered by isSiteLocalAddress.
    if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) return "a private (unique local)";
    return null;
  }
}
