package verticalkb.vertical;

import verticalkb.vertical.CatalogueModel.Scope;
import verticalkb.vertical.CatalogueModel.SourceDefinition;

/** Copies a checked source definition onto the entity, filling defaults. */
final class SourceMapper {

  private SourceMapper() {}

  static void apply(SourceDefinition d, Source s) {
    s.kind = SourceKind.parse(d.kind());
    s.name = d.name().strip();
    s.url = d.url().trim();
    s.schedule = d.schedule() == null ? null : d.schedule().trim();
    if (s.schedule == null) s.schedule = s.kind.defaultSchedule().toString();
    s.authority = d.authority() == null ? SourceRules.DEFAULT_AUTHORITY : d.authority();
    s.scope = (d.scope() == null ? Scope.defaults() : d.scope()).withDefaults();
  }

  static SourceDefinition definitionOf(Source s) {
    return new SourceDefinition(null, s.kind.wireName(), s.name, s.url, s.schedule, s.authority, s.scope);
  }
}
