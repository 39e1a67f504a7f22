package verticalkb.expert;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The experts directory as CSV (RFC 4180), every matching expert, for spreadsheets and CRMs. */
@Path("/api/verticals/{vertical}/experts.csv")
public class ExpertCsvResource {

  static final String CSV = "text/csv; charset=UTF-8";
  private static final List<String> HEADER = List.of("id", "name", "jobTitle", "affiliation", "location", "country",
      "topics", "score", "evidenceCount", "evidenceUrls");

  private final ExpertQueries queries;

  ExpertCsvResource(ExpertQueries queries) {
    this.queries = queries;
  }

  @GET
  @Produces(CSV)
  @Operation(summary = "The experts of the vertical as CSV, same filters as the JSON list, all pages at once")
  public Response csv(@RestPath String vertical, @RestQuery String topic, @RestQuery String near,
      @RestQuery Double radiusKm) {
    ExpertQueries.Result r = queries.query(vertical, topic, near, radiusKm, null, null, true);
    StringBuilder sb = new StringBuilder();
    row(sb, HEADER);
    for (ExpertView e : r.items()) {
      row(sb, List.of(e.id(), e.name(), nz(e.jobTitle()), nz(e.affiliation()), nz(e.location()),
          e.place() == null || e.place().country() == null ? "" : e.place().country(), String.join(";", e.topics()),
          String.valueOf(e.score()), String.valueOf(e.evidenceCount()),
          e.evidence().stream().map(ExpertView.Evidence::url).filter(u -> u != null).collect(Collectors.joining(" "))));
    }
    return Response.ok(sb.toString(), CSV)
        .header("Content-Disposition", "attachment; filename=\"" + vertical + "-experts.csv\"").build();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** One CSV record: fields quoted where they hold a comma, quote or line break; CRLF ends it (RFC 4180 §2). */
  static void row(StringBuilder sb, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) sb.append(',');
      String f = fields.get(i);
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
        sb.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(f);
      }
    }
    sb.append("\r\n");
  }
}
