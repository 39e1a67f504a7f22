package verticalkb.vertical;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import verticalkb.KbConfig;
import verticalkb.Problem.FieldError;
import verticalkb.vertical.CatalogueFiles.Loaded;
import verticalkb.vertical.CatalogueModel.SourceDefinition;
import verticalkb.vertical.CatalogueModel.VerticalDefinition;

/**
 * The vertical catalogue: loads {@code crawlers/*.yaml} into the database at start and on demand. A broken file
 * never stops the others; its vertical keeps its last good definition and carries the error.
 */
@ApplicationScoped
public class Catalogue {

  /** Start-up order: the catalogue loads before anything that reads it (crawl schedules, the demo). */
  public static final int STARTUP_PRIORITY = 100;
  private static final Logger LOG = Logger.getLogger(Catalogue.class);

  /** What the last reload did: verticals loaded and errors, each naming file, line and field. */
  public record ReloadReport(Instant at, List<String> loaded, List<FieldError> errors) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private final KbConfig config;
  private final CatalogueFiles files;
  private volatile ReloadReport lastReport = new ReloadReport(Instant.EPOCH, List.of(), List.of());

  Catalogue(KbConfig config) {
    this.config = config;
    this.files = new CatalogueFiles(Catalogue::resolvePlaceholders, config.demo());
  }

  /** {@code ${kb.…}} in a catalogue file stands for that configuration value (e.g. {@code ${kb.demo-url}}). */
  static String resolvePlaceholders(String text) {
    var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
    var m = java.util.regex.Pattern.compile("\\$\\{(kb\\.[a-z0-9.-]+)}").matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = config.getOptionalValue(m.group(1), String.class).orElse(m.group());
      m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  void onStart(@Observes @Priority(STARTUP_PRIORITY) StartupEvent event) {
    ReloadReport report = reload();
    LOG.infof("catalogue: %d verticals loaded from %s: %s", report.loaded().size(),
        config.crawlersDir().toAbsolutePath().normalize(), String.join(", ", report.loaded()));
  }

  public ReloadReport lastReport() {
    return lastReport;
  }

  /** Reads every catalogue file again and upserts what loaded; serialised so two reloads never interleave. */
  public synchronized ReloadReport reload() {
    CatalogueFiles.LoadResult result = files.load(config.crawlersDir());
    for (FieldError e : result.errors()) {
      LOG.errorf("catalogue: %s%s: %s: %s — this vertical is not loaded, the others are", e.file(),
          e.line() == null ? "" : ":" + e.line(), e.field().isEmpty() ? "(file)" : e.field(), e.message());
    }
    Instant now = Instant.now();
    QuarkusTransaction.requiringNew().run(() -> store(result, now));
    ReloadReport report = new ReloadReport(now,
        result.verticals().stream().map(l -> l.definition().id()).toList(), result.errors());
    lastReport = report;
    return report;
  }

  private void store(CatalogueFiles.LoadResult result, Instant now) {
    Set<String> present = new HashSet<>();
    for (Loaded l : result.verticals()) {
      upsert(l.definition(), display(l.file()), now);
      present.add(l.definition().id());
    }
    Map<String, String> errorsByFile = new HashMap<>();
    for (FieldError e : result.errors()) {
      if (e.file() == null) continue;
      errorsByFile.merge(resolve(e.file()), describe(e), (a, b) -> a + "; " + b);
    }
    for (Vertical v : Vertical.<Vertical>listAll()) {
      if (present.contains(v.id)) continue;
      String error = v.file == null ? null : errorsByFile.get(resolve(v.file));
      if (error != null) {
        v.loadError = error;
      } else if (!v.retired && v.file != null && !new java.io.File(resolve(v.file)).exists()) {
        v.retired = true;
        LOG.warnf("catalogue: %s no longer exists; vertical '%s' is retired (hidden, nothing deleted)", v.file, v.id);
      }
    }
  }

  private void upsert(VerticalDefinition d, String file, Instant now) {
    Vertical v = Vertical.findById(d.id());
    boolean created = v == null;
    if (created) {
      v = new Vertical();
      v.id = d.id();
    }
    v.name = d.name().strip();
    v.description = d.description();
    v.regions = d.regions();
    v.topics = d.topics();
    v.accounts = d.accounts();
    v.file = file;
    v.loadError = null;
    v.retired = false;
    v.loadedAt = now;
    if (created) v.persist();

    Map<String, Source> existing = Source.ofVertical(d.id()).stream()
        .filter(s -> Source.ORIGIN_FILE.equals(s.origin))
        .collect(Collectors.toMap(s -> s.id, s -> s));
    for (SourceDefinition sd : d.sources()) {
      String id = d.id() + "-" + CatalogueFiles.localId(sd);
      Source s = existing.remove(id);
      if (s == null) {
        s = Source.findById(id);
        if (s != null && !Source.ORIGIN_FILE.equals(s.origin)) {
          LOG.warnf("catalogue: source %s in %s replaces the API-created source with that id", id, file);
        }
      }
      boolean isNew = s == null;
      if (isNew) {
        s = new Source();
        s.id = id;
        s.createdAt = now;
        s.enabled = true;
      }
      SourceMapper.apply(sd, s);
      s.verticalId = d.id();
      s.origin = Source.ORIGIN_FILE;
      s.updatedAt = now;
      if (isNew) s.persist();
    }
    for (Source gone : existing.values()) {
      LOG.infof("catalogue: source %s is no longer in %s; removed", gone.id, file);
      gone.delete();
    }
  }

  private static String describe(FieldError e) {
    return (e.line() == null ? "" : "line " + e.line() + ": ") + (e.field().isEmpty() ? "" : e.field() + ": ") + e.message();
  }

  private String display(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }

  private String resolve(String file) {
    return display(Path.of(file));
  }
}
