package verticalkb.vertical;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import verticalkb.vertical.CatalogueModel.SourceDefinition;
import verticalkb.vertical.CatalogueModel.VerticalDefinition;

/**
 * Writes loaded vertical definitions over the database state read up front (every vertical, every source), and
 * touches only rows whose definition changed: an unchanged catalogue costs two reads and no writes, which keeps
 * the reload at start-up cheap. One writer serves one transaction.
 */
final class CatalogueWriter {

  private static final Logger LOG = Logger.getLogger(CatalogueWriter.class);

  private final Map<String, Vertical> verticals;
  private final Map<String, Source> sources;
  private final Instant now;
  private int written;

  /** Reads the database state: one query for the verticals, one for the sources. */
  CatalogueWriter(Instant now) {
    this.verticals = Vertical.<Vertical>listAll().stream().collect(Collectors.toMap(v -> v.id, v -> v));
    this.sources = Source.<Source>listAll().stream().collect(Collectors.toMap(s -> s.id, s -> s));
    this.now = now;
  }

  /** Every vertical in the database, as read at the start of this transaction (or created by it). */
  Iterable<Vertical> verticals() {
    return verticals.values();
  }

  /** Rows inserted, updated or deleted so far. */
  int written() {
    return written;
  }

  void upsert(VerticalDefinition d, String file) {
    Vertical v = verticals.get(d.id());
    if (v == null) {
      v = new Vertical();
      v.id = d.id();
      apply(d, file, v);
      v.persist();
      verticals.put(v.id, v);
      written++;
    } else if (!matches(d, file, v)) {
      apply(d, file, v);
      written++;
    }
    Map<String, Source> existing = sources.values().stream()
        .filter(s -> d.id().equals(s.verticalId) && Source.ORIGIN_FILE.equals(s.origin))
        .collect(Collectors.toMap(s -> s.id, s -> s));
    for (SourceDefinition sd : d.sources()) {
      String id = d.id() + "-" + CatalogueFiles.localId(sd);
      Source s = existing.remove(id);
      if (s == null) s = sources.get(id);
      if (s == null) {
        s = new Source();
        s.id = id;
        s.createdAt = now;
        s.enabled = true;
        store(sd, d.id(), s);
        s.persist();
        sources.put(id, s);
        written++;
      } else if (!matches(sd, d.id(), s)) {
        if (!Source.ORIGIN_FILE.equals(s.origin)) {
          LOG.warnf("catalogue: source %s in %s replaces the API-created source with that id", id, file);
        }
        store(sd, d.id(), s);
        written++;
      }
    }
    for (Source gone : existing.values()) {
      LOG.infof("catalogue: source %s is no longer in %s; removed", gone.id, file);
      sources.remove(gone.id);
      gone.delete();
      written++;
    }
  }

  private void apply(VerticalDefinition d, String file, Vertical v) {
    v.name = d.name().strip();
    v.description = d.description();
    v.regions = d.regions();
    v.topics = d.topics();
    v.accounts = d.accounts();
    v.file = file;
    v.loadError = null;
    v.retired = false;
    v.loadedAt = now;
  }

  private static boolean matches(VerticalDefinition d, String file, Vertical v) {
    return Objects.equals(v.name, d.name().strip()) && Objects.equals(v.description, d.description())
        && Objects.equals(v.regions, d.regions()) && Objects.equals(v.topics, d.topics())
        && Objects.equals(v.accounts, d.accounts()) && Objects.equals(v.file, file)
        && v.loadError == null && !v.retired;
  }

  private void store(SourceDefinition sd, String verticalId, Source s) {
    SourceMapper.apply(sd, s);
    s.verticalId = verticalId;
    s.origin = Source.ORIGIN_FILE;
    s.updatedAt = now;
  }

  /** Whether the source already holds what the definition says (compared after defaults are filled in). */
  private static boolean matches(SourceDefinition sd, String verticalId, Source s) {
    Source wanted = new Source();
    SourceMapper.apply(sd, wanted);
    return Source.ORIGIN_FILE.equals(s.origin) && Objects.equals(s.verticalId, verticalId)
        && s.kind == wanted.kind && Objects.equals(s.name, wanted.name) && Objects.equals(s.url, wanted.url)
        && Objects.equals(s.schedule, wanted.schedule) && s.authority == wanted.authority
        // the JSON column leaves empty lists out, so the stored scope is compared with its defaults filled in
        && s.scope != null && Objects.equals(s.scope.withDefaults(), wanted.scope);
  }
}
