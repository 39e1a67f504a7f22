package verticalkb.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import verticalkb.ProblemException;
import verticalkb.search.SearchResource;
import verticalkb.search.SearchResult;

/** {@code /search}: the search form, results with highlighted snippets, facets to narrow them, pages. */
@Path("/search")
@Produces(MediaType.TEXT_HTML)
public class SearchPage {

  private final SearchResource search;
  private final WebConfig config;

  SearchPage(SearchResource search, WebConfig config) {
    this.search = search;
    this.config = config;
  }

  @GET
  public Response page(@RestQuery String q, @RestQuery String vertical, @RestQuery List<String> type,
      @RestQuery List<String> topic, @RestQuery List<String> source, @RestQuery String sort, @RestQuery String page) {
    SearchForm form = new SearchForm(q, vertical, type, topic, source, sort);
    if (form.isEmpty()) return Response.ok(Pages.search(form, VerticalChoice.all(), null)).build();
    int p = Numbers.page(page);
    try {
      SearchResult r = search.search(q, blankToNull(vertical), type, source, topic, null, null, null, null, null, sort,
          String.valueOf(p), String.valueOf(config.pageSize()), null, "true").await().indefinitely();
      return Response.ok(Pages.search(form, VerticalChoice.all(), SearchView.of(r, form, p, config.pageSize()))).build();
    } catch (ProblemException e) {
      // A query the parser refuses is the person's to fix: show the API's message above the form they typed it in.
      return PageResponses.withStatus(e.status(),
          Pages.search(form, VerticalChoice.all(), SearchView.failed(e.toProblem(null).detail())));
    }
  }

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return PageResponses.error(e);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
