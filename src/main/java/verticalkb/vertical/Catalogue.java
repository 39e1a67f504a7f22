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
import org.jboss.logging.Logger;
import verticalkb.KbConfig;
import verticalkb.Problem.FieldError;
import verticalkb.vertical.CatalogueFiles.Loaded;

/**
 * The vertical catalogue: loads {@code crawlers/*.yaml} into the database at start and on demand. A broken file
 * never stops the others; its vertical keeps its last good definition and carries the error.
 */
@ApplicationScoped
public class Catalogue {

  /** Start-up order: the catalogue loads before anything that reads it (crawl schedules, the demo). */
  public static final int STARTUP_PRIORITY = 100;
  private static final Logger LOG = Logger.getLogger(Catalogue.class);

  /**
   * What the last reload did: verticals loaded, errors (each naming file, line and field), and how many database
   * rows it wrote (zero when the files say what the database already holds).
   */
  public record ReloadReport(Instant at, List<String> loaded, List<FieldError> errors, int rowsWritten) {
    public boolean ok() {
      return errors.isEmpty();
    }
  }

  private final KbConfig config;
  private final CatalogueFiles files;
  private volatile ReloadReport lastReport = new ReloadReport(Instant.EPOCH, List.of(), List.of(), 0);

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
    LOG.infof("catalogue: %d verticals loaded from %s: %s (%d database rows written)", report.loaded().size(),
        config.crawlersDir().toAbsolutePath().normalize(), String.join(", ", report.loaded()), report.rowsWritten());
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
    int written = QuarkusTransaction.requiringNew().call(() -> store(result, now));
    ReloadReport report = new ReloadReport(now,
        result.verticals().stream().map(l -> l.definition().id()).toList(), result.errors(), written);
    lastReport = report;
    return report;
  }

  /** Returns the number of rows written: zero when the files say what the database already holds. */
  private int store(CatalogueFiles.LoadResult result, Instant now) {
    CatalogueWriter writer = new CatalogueWriter(now);
    Set<String> present = new HashSet<>();
    for (Loaded l : result.verticals()) {
      writer.upsert(l.definition(), display(l.file()));
      present.add(l.definition().id());
    }
    Map<String, String> errorsByFile = new HashMap<>();
    for (FieldError e : result.errors()) {
      if (e.file() == null) continue;
      errorsByFile.merge(resolve(e.file()), describe(e), (a, b) -> a + "; " + b);
    }
    int written = writer.written();
    for (Vertical v : writer.verticals()) {
      if (present.contains(v.id)) continue;
      String error = v.file == null ? null : errorsByFile.get(resolve(v.file));
      if (error != null) {
        if (!error.equals(v.loadError)) written++;
        v.loadError = error;
      } else if (!v.retired && v.file != null && !new java.io.File(resolve(v.file)).exists()) {
        v.retired = true;
        written++;
        LOG.warnf("catalogue: %s no longer exists; vertical '%s' is retired (hidden, nothing deleted)", v.file, v.id);
      }
    }
    return written;
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
