package verticalkb.vertical;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import verticalkb.Problem.FieldError;
import verticalkb.ProblemException;

/** Creates, changes and removes sources through the API, under the same rules as the catalogue files. */
@ApplicationScoped
public class SourceService {

  private final Instance<SourceUrlCheck> urlChecks;

  SourceService(Instance<SourceUrlCheck> urlChecks) {
    this.urlChecks = urlChecks;
  }

  /** The rules plus every {@link SourceUrlCheck} (the SSRF guard), which only runs on an otherwise valid URL. */
  private List<FieldError> check(CatalogueModel.SourceDefinition d) {
    List<FieldError> errors = new java.util.ArrayList<>(SourceRules.check(d));
    if (errors.stream().noneMatch(e -> e.field().equals("url"))) {
      for (SourceUrlCheck c : urlChecks) {
        String problem = c.problem(d.url().trim());
        if (problem != null) errors.add(new FieldError("url", problem));
      }
    }
    return errors;
  }

  @Transactional
  public SourceView create(String verticalId, SourceRequest request) {
    if (request == null) throw ProblemException.badRequest("body", "is required: {\"kind\": ..., \"url\": ..., \"name\": ...}");
    List<FieldError> errors = check(request.definition());
    if (!errors.isEmpty()) throw invalid(errors);
    String base = verticalId + "-" + (request.id() != null ? request.id() : Slugs.slug(request.name()));
    String id = base;
    if (request.id() != null && Source.findById(id) != null) {
      throw new ProblemException(409, "Conflict", "Source '" + id + "' already exists: choose another id or PUT /api/sources/" + id + " to change it.",
          List.of(new FieldError("id", "is taken")));
    }
    for (int n = 2; Source.findById(id) != null; n++) id = base + "-" + n;
    Source s = new Source();
    s.id = id;
    s.verticalId = verticalId;
    SourceMapper.apply(request.definition(), s);
    s.origin = Source.ORIGIN_API;
    s.enabled = request.enabled() == null || request.enabled();
    s.createdAt = Instant.now();
    s.updatedAt = s.createdAt;
    s.persist();
    return SourceView.of(s);
  }

  @Transactional
  public SourceView update(String id, SourceRequest request) {
    Source s = find(id);
    if (request == null) throw ProblemException.badRequest("body", "is required: the fields to change");
    if (request.id() != null && !id.equals(request.id()) && !id.endsWith("-" + request.id())) {
      throw ProblemException.badRequest("id", "cannot be changed; create a new source instead");
    }
    var merged = request.over(SourceMapper.definitionOf(s));
    List<FieldError> errors = check(merged);
    if (!errors.isEmpty()) throw invalid(errors);
    SourceMapper.apply(merged, s);
    if (request.enabled() != null) s.enabled = request.enabled();
    s.updatedAt = Instant.now();
    return SourceView.of(s);
  }

  @Transactional
  public void delete(String id) {
    find(id).delete();
  }

  public SourceView get(String id) {
    return SourceView.of(find(id));
  }

  static Source find(String id) {
    Source s = Source.findById(id);
    if (s == null) throw ProblemException.notFound("source", id, "GET /api/verticals/{vertical}/sources lists a vertical's sources.");
    return s;
  }

  private static ProblemException invalid(List<FieldError> errors) {
    String detail = errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("");
    return ProblemException.badRequest(detail, errors);
  }
}
