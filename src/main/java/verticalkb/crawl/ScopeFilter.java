package verticalkb.crawl;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import verticalkb.vertical.CatalogueModel.Scope;

/**
 * Decides whether a discovered URL belongs to a source's crawl: same site as the seed (by registrable domain),
 * allow/deny patterns, depth, and the trap guards (length, repeated path segments, query explosion).
 */
final class ScopeFilter {

  private final String seedSite;
  private final List<Pattern> allow;
  private final List<Pattern> deny;
  private final int maxDepth;
  private final boolean sameSite;
  private final CrawlConfig.Traps traps;

  ScopeFilter(String seedUrl, Scope scope, CrawlConfig.Traps traps) {
    Scope s = (scope == null ? Scope.defaults() : scope).withDefaults();
    this.seedSite = site(URI.create(seedUrl).getHost());
    this.allow = s.allow().stream().map(Pattern::compile).toList();
    this.deny = s.deny().stream().map(Pattern::compile).toList();
    this.maxDepth = s.maxDepth();
    this.sameSite = s.sameSite();
    this.traps = traps;
  }

  /** Why the normalised URL at that depth is out of scope, or null when it may be crawled. */
  String rejection(String url, int depth) {
    if (depth > maxDepth) return "deeper than maxDepth " + maxDepth;
    if (url.length() > traps.maxUrlLength()) return "URL longer than " + traps.maxUrlLength() + " characters";
    URI uri = URI.create(url);
    if (sameSite && !seedSite.equals(site(uri.getHost()))) return "not on the seed's site " + seedSite;
    for (Pattern p : deny) if (p.matcher(url).matches()) return "denied by pattern " + p.pattern();
    if (!allow.isEmpty() && allow.stream().noneMatch(p -> p.matcher(url).matches())) return "matches no allow pattern";
    String path = uri.getRawPath();
    if (path != null && repeatsSegments(path)) return "path repeats a segment more than " + traps.maxRepeatedSegments() + " times (a loop)";
    String query = uri.getRawQuery();
    if (query != null && query.split("&").length > traps.maxQueryParameters()) {
      return "more than " + traps.maxQueryParameters() + " query parameters";
    }
    return null;
  }

  private boolean repeatsSegments(String path) {
    Map<String, Integer> counts = new HashMap<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty()) continue;
      if (counts.merge(seg, 1, Integer::sum) > traps.maxRepeatedSegments()) return true;
    }
    return false;
  }

  /** The registrable domain (example.co.uk for www.example.co.uk); the host itself for IPs and local names. */
  static String site(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    String assigned = EffectiveTldFinder.getAssignedDomain(h, true, false);
    return assigned == null || assigned.isEmpty() ? h : assigned;
  }
}
