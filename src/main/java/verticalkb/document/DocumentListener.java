package verticalkb.document;

import java.util.Collection;
import java.util.List;

/**
 * Told after documents are committed to the database, so that caches of them (the search index) follow. Called
 * on the writer's thread after the transaction committed; implementations must not throw for one bad document.
 */
public interface DocumentListener {

  void stored(List<KbDocument> documents);

  void deleted(Collection<String> ids);
}
