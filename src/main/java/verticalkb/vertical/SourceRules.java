package verticalkb.vertical;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import verticalkb.Problem.FieldError;
import verticalkb.vertical.CatalogueModel.Scope;
import verticalkb.vertical.CatalogueModel.SourceDefinition;

/** The rules every source obeys, whether it comes from a catalogue file or from the API. */
public final class SourceRules {

  public static final int MAX_URL_LENGTH = 2048;
  public static final int MAX_NAME_LENGTH = 300;
  /** Deeper link chains from one seed are almost always traps (calendars, faceted listings). */
  public static final int MAX_DEPTH = 50;
  public static final int MAX_PAGES = 1_000_000;
  public static final double DEFAULT_AUTHORITY = 0.5;
  private static final Pattern LOCAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

  private SourceRules() {}

  /** Every problem with the definition, each naming its field relative to the source ({@code url}, {@code scope.allow[1]}). */
  public static List<FieldError> check(SourceDefinition s) {
    List<FieldError> errors = new ArrayList<>();
    if (s.id() != null && !LOCAL_ID.matcher(s.id()).matches()) {
      errors.add(new FieldError("id", "'" + s.id() + "' is not a valid id: use lower-case letters, digits and dashes (at most 63)"));
    }
    if (s.kind() == null || s.kind().isBlank()) {
      errors.add(new FieldError("kind", "is required: one of " + SourceKind.allowedNames()));
    } else if (SourceKind.parse(s.kind()) == null) {
      errors.add(new FieldError("kind", "'" + s.kind() + "' is not a source kind: use one of " + SourceKind.allowedNames()));
    }
    if (s.name() == null || s.name().isBlank()) {
      errors.add(new FieldError("name", "is required: a short human name for the source, e.g. the publication's title"));
    } else if (s.name().length() > MAX_NAME_LENGTH) {
      errors.add(new FieldError("name", "is longer than " + MAX_NAME_LENGTH + " characters"));
    }
    String urlProblem = urlProblem(s.url());
    if (urlProblem != null) errors.add(new FieldError("url", urlProblem));
    if (s.schedule() != null) {
      Duration d = Schedules.parse(s.schedule());
      if (d == null || d.compareTo(Schedules.MINIMUM) < 0) {
        errors.add(new FieldError("schedule", "'" + s.schedule() + "' is not a usable interval: " + Schedules.HINT));
      }
    }
    if (s.authority() != null && (s.authority().isNaN() || s.authority() < 0 || s.authority() > 1)) {
      errors.add(new FieldError("authority", "must be between 0 (unknown) and 1 (the vertical's reference publication)"));
    }
    if (s.scope() != null) checkScope(s.scope(), errors);
    return errors;
  }

  /** Why the text is not a crawlable absolute URL, or null when it is one. */
  public static String urlProblem(String url) {
    if (url == null || url.isBlank()) return "is required: the absolute http(s) URL of the feed, sitemap or page";
    if (url.length() > MAX_URL_LENGTH) return "is longer than " + MAX_URL_LENGTH + " characters";
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "'" + url + "' is not an http(s) URL: write it in full, starting with https://";
      }
      if (uri.getHost() == null || uri.getHost().isBlank()) {
        return "'" + url + "' has no host name";
      }
      if (uri.getUserInfo() != null) {
        return "'" + url + "' carries credentials; sources must be public URLs";
      }
      return null;
    } catch (URISyntaxException e) {
      return "'" + url + "' is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")";
    }
  }

  private static void checkScope(Scope scope, List<FieldError> errors) {
    checkPatterns("scope.allow", scope.allow(), errors);
    checkPatterns("scope.deny", scope.deny(), errors);
    if (scope.maxDepth() != null && (scope.maxDepth() < 0 || scope.maxDepth() > MAX_DEPTH)) {
      errors.add(new FieldError("scope.maxDepth", "must be between 0 (the seed only) and " + MAX_DEPTH));
    }
    if (scope.maxPages() != null && (scope.maxPages() < 1 || scope.maxPages() > MAX_PAGES)) {
      errors.add(new FieldError("scope.maxPages", "must be between 1 and " + MAX_PAGES));
    }
  }

  private static void checkPatterns(String field, List<String> patterns, List<FieldError> errors) {
    if (patterns == null) return;
    for (int i = 0; i < patterns.size(); i++) {
      String p = patterns.get(i);
      String f = field + "[" + i + "]";
      if (p == null || p.isBlank()) {
        errors.add(new FieldError(f, "is empty: write a regular expression matched against the whole URL"));
        continue;
      }
      try {
        Pattern.compile(p);
      } catch (PatternSyntaxException e) {
        errors.add(new FieldError(f, "'" + p + "' is not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex()));
      }
    }
  }
}
