package verticalkb.vertical;

/**
 * A check a source URL must pass before a source is created or changed through the API, beyond
 * {@link SourceRules}: the crawler's SSRF guard implements it. Answers why the URL is refused, or null.
 */
public interface SourceUrlCheck {

  String problem(String url);
}
