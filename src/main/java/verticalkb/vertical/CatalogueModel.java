package verticalkb.vertical;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The shapes of a vertical definition ({@code crawlers/<id>.yaml}), as read from the file and as stored in the
 * database. Every list is non-null after {@link CatalogueFiles} has read a file.
 */
public final class CatalogueModel {

  private CatalogueModel() {}

  /** One vertical market: what it is, where we look at it, what we listen for, whom we sell to, and where to read. */
  public record VerticalDefinition(
      String id,
      String name,
      String description,
      List<Region> regions,
      List<Topic> topics,
      List<Account> accounts,
      List<SourceDefinition> sources,
      /** Marks the bundled demo vertical: loaded only when kb.demo=true. */
      Boolean demo) {}

  /**
   * A region of interest: a country (ISO 3166-1 alpha-2) and optionally a place (a city name, or lat/lon) with a
   * radius, which together make the vertical's default area for "local".
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Region(String name, String country, String place, Double lat, Double lon, Double radiusKm) {}

  /** A topic of the vertical's small taxonomy, recognised by its keywords. */
  public record Topic(String id, String name, List<String> keywords) {}

  /** A target account: a company the sales team pursues, with other names and web domains it goes by. */
  public record Account(String name, List<String> aliases, List<String> domains) {}

  /** A source as written in a file; absent optional values take the kind's defaults. */
  public record SourceDefinition(
      String id, String kind, String name, String url, String schedule, Double authority, Scope scope) {}

  /**
   * Which URLs a crawl of the source may follow: regular expressions matched against the whole URL (deny wins),
   * link depth from the seed, a page budget, and whether to stay on the seed's site.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Scope(List<String> allow, List<String> deny, Integer maxDepth, Integer maxPages, Boolean sameSite) {
    public static final int DEFAULT_MAX_DEPTH = 3;
    public static final int DEFAULT_MAX_PAGES = 1000;

    public static Scope defaults() {
      return new Scope(List.of(), List.of(), DEFAULT_MAX_DEPTH, DEFAULT_MAX_PAGES, true);
    }

    /** This scope with every absent value filled from {@link #defaults()}. */
    public Scope withDefaults() {
      return new Scope(
          allow == null ? List.of() : List.copyOf(allow),
          deny == null ? List.of() : List.copyOf(deny),
          maxDepth == null ? DEFAULT_MAX_DEPTH : maxDepth,
          maxPages == null ? DEFAULT_MAX_PAGES : maxPages,
          sameSite == null || sameSite);
    }
  }
}
