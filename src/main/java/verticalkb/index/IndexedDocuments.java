package verticalkb.index;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.jboss.logging.Logger;
import verticalkb.document.DocumentListener;
import verticalkb.document.KbDocument;
import verticalkb.vertical.IndexStatistics;

/** Keeps the index in step with the document store, and tells the catalogue what the index holds per vertical. */
@ApplicationScoped
public class IndexedDocuments implements DocumentListener, IndexStatistics {

  private static final Logger LOG = Logger.getLogger(IndexedDocuments.class);
  /** The schema field holding a document's verticals. */
  static final String VERTICAL_FIELD = "vertical";

  private final IndexService index;

  IndexedDocuments(IndexService index) {
    this.index = index;
  }

  @Override
  public void stored(List<KbDocument> documents) {
    for (LuceneIndex.Failure f : index.upsert(documents)) LOG.warnf("document %s stored but not indexed: %s", f.id(), f.message());
  }

  @Override
  public void deleted(Collection<String> ids) {
    index.delete(ids);
  }

  @Override
  public Counts countsFor(String verticalId) {
    LuceneIndex idx = index.index();
    try {
      KbSearcher s = idx.acquire();
      try {
        TermQuery vertical = new TermQuery(new Term(VERTICAL_FIELD, verticalId));
        Map<String, Long> byType = new LinkedHashMap<>();
        for (String type : KbDocument.Types.ALL) {
          long n = s.count(new BooleanQuery.Builder().add(vertical, Occur.FILTER)
              .add(new TermQuery(new Term("type", type)), Occur.FILTER).build());
          if (n > 0) byType.put(type, n);
        }
        return new Counts(s.count(vertical), byType);
      } finally {
        idx.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
