package verticalkb.vertical;

import verticalkb.vertical.CatalogueModel.Scope;
import verticalkb.vertical.CatalogueModel.SourceDefinition;

/**
 * The body of {@code POST /api/verticals/{id}/sources} and {@code PUT /api/sources/{id}}. On PUT, absent fields
 * keep their current value.
 */
public record SourceRequest(
    String id, String kind, String name, String url, String schedule, Double authority, Scope scope, Boolean enabled) {

  SourceDefinition definition() {
    return new SourceDefinition(id, kind, name, url, schedule, authority, scope);
  }

  /** This request laid over an existing definition: what a PUT means. */
  SourceDefinition over(SourceDefinition current) {
    return new SourceDefinition(
        null,
        kind != null ? kind : current.kind(),
        name != null ? name : current.name(),
        url != null ? url : current.url(),
        schedule != null ? schedule : current.schedule(),
        authority != null ? authority : current.authority(),
        scope != null ? scope : current.scope());
  }
}
