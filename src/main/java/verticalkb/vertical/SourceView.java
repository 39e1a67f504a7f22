package verticalkb.vertical;

import java.time.Instant;
import verticalkb.vertical.CatalogueModel.Scope;

/** A source as the API shows it. */
public record SourceView(
    String id,
    String vertical,
    SourceKind kind,
    String name,
    String url,
    String schedule,
    double authority,
    Scope scope,
    String origin,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

  static SourceView of(Source s) {
    return new SourceView(s.id, s.verticalId, s.kind, s.name, s.url, s.schedule, s.authority, s.scope, s.origin,
        s.enabled, s.createdAt, s.updatedAt);
  }
}
