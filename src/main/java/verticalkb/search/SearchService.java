package verticalkb.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.apache.lucene.search.IndexSearcher;
import verticalkb.ProblemException;
import verticalkb.index.IndexService;
import verticalkb.index.LuceneIndex;
import verticalkb.places.PlaceLookup;
import verticalkb.vertical.CatalogueModel.Region;
import verticalkb.vertical.Vertical;

/**
 * Search for the REST layer: keeps one {@link Searcher} per serving index (rebuilt only when a reindex swaps the
 * index), knows the verticals (re-read from the catalogue at most every few seconds, not per request) and turns
 * place names into coordinates through the {@link PlaceLookup} bean when one exists.
 */
@ApplicationScoped
public class SearchService {

  /** How long the set of known verticals is trusted before it is read again. */
  private static final long VERTICALS_TTL_NANOS = 5_000_000_000L;

  private final IndexService index;
  private final SearchSettings settings;
  private final Instance<PlaceLookup> places;
  private final SearchGate gate;
  private volatile Searcher searcher;
  /** Known verticals and their countries (the hints for an ambiguous place name in {@code near}). */
  private volatile Map<String, List<String>> verticals = Map.of();
  private volatile long verticalsAt;

  SearchService(IndexService index, SearchSettings settings, Instance<PlaceLookup> places) {
    this.index = index;
    this.settings = settings;
    this.places = places;
    this.gate = settings.maxConcurrent().map(n -> new SearchGate(n, settings.maxWait(), settings.retryAfter()))
        .orElseGet(SearchGate::unbounded);
  }

  public SearchSettings settings() {
    return settings;
  }

  /** The searcher of the index that serves now. */
  public Searcher searcher() {
    LuceneIndex current = index.index();
    Searcher s = searcher;
    if (s == null || s.index() != current) {
      s = new Searcher(current, settings.facetValues(), settings.maxWindow(), settings.trackTotalHits());
      searcher = s;
    }
    return s;
  }

  /**
   * The answer of {@link #search} computed on the calling (I/O) thread, or null when that thread must not be used:
   * {@code kb.search.on-io-thread} is off, a gate could make the search wait, or its vertical is not known without
   * reading the catalogue (the caller then hands the request to a worker thread).
   */
  public SearchResult searchWithoutBlocking(SearchRequest r) {
    if (!settings.onIoThread() || settings.maxConcurrent().isPresent()) return null;
    if (r.vertical() != null && (System.nanoTime() - verticalsAt > VERTICALS_TTL_NANOS || !verticals.containsKey(r.vertical()))) return null;
    return searchNow(r);
  }

  public SearchResult search(SearchRequest r) {
    if (r.vertical() != null && !knownVertical(r.vertical())) {
      throw ProblemException.notFound("vertical", r.vertical(), "GET /api/verticals lists the verticals there are.");
    }
    return gate.run(() -> searchNow(r));
  }

  private SearchResult searchNow(SearchRequest r) {
    try {
      return searcher().search(r);
    } catch (QuerySyntax.QuerySyntaxException e) {
      throw ProblemException.badRequest("q", e.getMessage());
    } catch (BadParameter e) {
      throw ProblemException.badRequest(e.parameter(), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badRequest("q", e.getMessage());
    } catch (IndexSearcher.TooManyClauses e) {
      throw ProblemException.badRequest("q", "the query expands to too many terms (a short prefix*?); make it more specific");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Map<String, Object>> related(String id, String vertical, int size) {
    return gate.run(() -> {
      try {
        return searcher().related(id, vertical, size, settings.relatedMinTermFreq(), settings.relatedMinDocFreq());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** The gate that bounds concurrent searches (tests hold its turns to see what a waiting request gets). */
  SearchGate gate() {
    return gate;
  }

  /**
   * Coordinates for a place name, or empty when no place lookup is installed or the name is unknown. The countries
   * of {@code vertical} (may be null) decide between places of the same name, as they do for crawled events.
   */
  public Optional<SearchRequest.GeoPoint> resolve(String place, String vertical) {
    if (!places.isResolvable()) return Optional.empty();
    List<String> hints = vertical != null && knownVertical(vertical) ? verticals.getOrDefault(vertical, List.of()) : List.of();
    try {
      return places.get().resolve(place, hints).map(p -> new SearchRequest.GeoPoint(p.lat(), p.lon()));
    } catch (RuntimeException e) {
      // A gazetteer that cannot answer is the same, for the user, as a place it does not know: say so with a 400.
      return Optional.empty();
    }
  }

  boolean knownVertical(String id) {
    long now = System.nanoTime();
    if (now - verticalsAt > VERTICALS_TTL_NANOS || !verticals.containsKey(id)) {
      verticals = QuarkusTransaction.joiningExisting().call(() -> {
        Map<String, List<String>> known = new HashMap<>();
        for (Vertical v : Vertical.<Vertical>list("retired = false")) known.put(v.id, countries(v));
        return known;
      });
      verticalsAt = now;
    }
    return verticals.containsKey(id);
  }

  /** The vertical's countries in the order its file lists them (as {@code Areas.countryHints} orders them). */
  private static List<String> countries(Vertical v) {
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    if (v.regions != null) for (Region r : v.regions) if (r.country() != null) codes.add(r.country().toUpperCase(Locale.ROOT));
    return List.copyOf(codes);
  }
}
