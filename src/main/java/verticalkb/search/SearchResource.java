package verticalkb.search;

import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestQuery;
import verticalkb.ProblemException;
import verticalkb.TimeInput;
import verticalkb.document.KbDocument;

/**
 * {@code GET /api/search}: validates the parameters (every bad one answers 400 naming it) and delegates. All
 * parameters are read as text so that a malformed number or boolean is a 400 that says so, not a 404.
 */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  private static final Pattern LAT_LON = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?)\\s*,\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
  /** Half the Earth's circumference: any larger radius means "everywhere". */
  private static final double MAX_RADIUS_KM = 20_000;
  private static final int MAX_QUERY_CHARS = 2000;

  private final SearchService search;

  SearchResource(SearchService search) {
    this.search = search;
  }

  /**
   * Starts on the I/O thread, which validates the parameters. The search then runs on a worker thread and the answer
   * is written back on the I/O thread: a worker writing the response itself spent 10.6 % of the request threads' CPU
   * samples in that cross-thread write in the search benchmark (2.6 % this way; README, Speed). With
   * {@code kb.search.on-io-thread} a search that needs no blocking look-up is answered on the I/O thread directly; a
   * place name in {@code near} always goes to the worker, as it may read the gazetteer.
   */
  @GET
  @NonBlocking
  @Operation(summary = "Search publications, events and experts: q, filters, sort, page/size or cursor; hits with snippets, facets, did-you-mean")
  public Uni<SearchResult> search(@RestQuery String q, @RestQuery String vertical, @RestQuery List<String> type,
      @RestQuery List<String> source, @RestQuery List<String> topic, @RestQuery String from, @RestQuery String to,
      @RestQuery String upcoming, @RestQuery String near, @RestQuery String radiusKm, @RestQuery String sort,
      @RestQuery String page, @RestQuery String size, @RestQuery String cursor, @RestQuery String facets) {
    if (near == null || near.isBlank() || LAT_LON.matcher(near).matches()) {
      SearchRequest r = request(q, vertical, type, source, topic, from, to, upcoming, near, radiusKm, sort, page, size, cursor, facets);
      SearchResult answered = search.searchWithoutBlocking(r);
      return answered != null ? Uni.createFrom().item(answered) : onWorker(() -> search.search(r));
    }
    // A place name may need the gazetteer (a blocking look-up): the whole request runs on a worker thread.
    return onWorker(() -> search.search(request(q, vertical, type, source, topic, from, to, upcoming, near, radiusKm, sort, page,
        size, cursor, facets)));
  }

  private static Uni<SearchResult> onWorker(Supplier<SearchResult> work) {
    return Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
  }

  /** The validated request; place names in {@code near} are resolved here (possibly blocking). */
  private SearchRequest request(String q, String vertical, List<String> type, List<String> source, List<String> topic, String from,
      String to, String upcoming, String near, String radiusKm, String sort, String page, String size, String cursor, String facets) {
    SearchSettings settings = search.settings();
    if (q != null && q.length() > MAX_QUERY_CHARS) throw ProblemException.badRequest("q", "is longer than " + MAX_QUERY_CHARS + " characters; shorten it");
    int sizeValue = integer("size", size, settings.defaultSize());
    if (sizeValue < 1 || sizeValue > settings.maxSize()) {
      throw ProblemException.badRequest("size", "must be between 1 and " + settings.maxSize() + "; page further with page or cursor");
    }
    int pageValue = integer("page", page, 1);
    if (pageValue < 1) throw ProblemException.badRequest("page", "starts at 1");
    SearchRequest.Sort sortValue = SearchRequest.Sort.parse(sort);
    if (sortValue == null) throw ProblemException.badRequest("sort", "'" + sort + "' is not a sort; use relevance, newest or start");
    Instant fromValue = date("from", from, false);
    Instant toValue = date("to", to, true);
    if (fromValue != null && toValue != null && fromValue.isAfter(toValue)) throw ProblemException.badRequest("from", "is after 'to'");
    SearchRequest.GeoPoint point = null;
    double radius = 0;
    String v = vertical == null || vertical.isBlank() ? null : vertical.strip();
    if (near != null && !near.isBlank()) {
      point = place(near, v);
      radius = radiusKm == null || radiusKm.isBlank() ? settings.defaultRadiusKm() : number("radiusKm", radiusKm);
      if (!(radius > 0 && radius <= MAX_RADIUS_KM)) throw ProblemException.badRequest("radiusKm", "must be more than 0 and at most " + (int) MAX_RADIUS_KM);
    } else if (radiusKm != null && !radiusKm.isBlank()) {
      throw ProblemException.badRequest("radiusKm", "needs near (a city or lat,lon)");
    }
    List<String> types = clean(type);
    for (String t : types) {
      if (!KbDocument.Types.ALL.contains(t)) throw ProblemException.badRequest("type", "'" + t + "' is not a type; use one of " + KbDocument.Types.ALL);
    }
    return new SearchRequest(q, v, types, clean(source), clean(topic), fromValue, toValue,
        bool("upcoming", upcoming, false), point, radius, sortValue, pageValue, sizeValue,
        cursor == null || cursor.isBlank() ? null : cursor.strip(), bool("facets", facets, true));
  }

  private SearchRequest.GeoPoint place(String near, String vertical) {
    Matcher m = LAT_LON.matcher(near);
    if (m.matches()) {
      double lat = Double.parseDouble(m.group(1));
      double lon = Double.parseDouble(m.group(2));
      if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        throw ProblemException.badRequest("near", "coordinates out of range: latitude -90..90, longitude -180..180");
      }
      return new SearchRequest.GeoPoint(lat, lon);
    }
    return search.resolve(near.strip(), vertical).orElseThrow(() -> ProblemException.badRequest("near",
        "cannot resolve the place '" + near.strip() + "'; give a known city (e.g. Dublin, Ireland) or coordinates as lat,lon"));
  }

  private static List<String> clean(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values == null) return out;
    for (String v : values) {
      if (v == null) continue;
      for (String part : v.split(",")) if (!part.isBlank()) out.add(part.strip());
    }
    return out;
  }

  private static int integer(String name, String value, int dflt) {
    if (value == null || value.isBlank()) return dflt;
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(name, "'" + value + "' is not a whole number");
    }
  }

  private static double number(String name, String value) {
    try {
      double d = Double.parseDouble(value.strip());
      if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException();
      return d;
    } catch (NumberFormatException e) {
      throw ProblemException.badRequest(name, "'" + value + "' is not a number");
    }
  }

  private static boolean bool(String name, String value, boolean dflt) {
    if (value == null || value.isBlank()) return dflt;
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ProblemException.badRequest(name, "'" + value + "' is not true or false");
    };
  }

  /** A date (a whole day: from its start, or to its end) or an instant, in the forms {@link TimeInput} reads. */
  private static Instant date(String name, String value, boolean endOfDay) {
    if (value == null || value.isBlank()) return null;
    Temporal t = TimeInput.parse(value);
    if (t == null) throw ProblemException.badRequest(name, "'" + value + "' is not a date; use " + TimeInput.FORMS);
    if (t instanceof LocalDate d) return endOfDay ? TimeInput.endOfDay(d) : TimeInput.startOfDay(d);
    return (Instant) t;
  }

}
