package verticalkb.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import verticalkb.document.KbDocument;
import verticalkb.index.Analysis;
import verticalkb.index.IndexConfig;
import verticalkb.index.LuceneIndex;
import verticalkb.index.SchemaLoader;

/** Small Lucene indexes under the default schema for search tests, committed and searchable when returned. */
final class TestIndexes {

  private TestIndexes() {}

  /** The default schema of index-config/. */
  static IndexConfig defaultConfig() throws IOException {
    return new SchemaLoader().load(Path.of("index-config"), "schema.yaml");
  }

  /** An index in {@code dir} holding {@code docs}, every one of them visible to the next searcher. */
  static LuceneIndex withDocuments(Path dir, List<KbDocument> docs) throws IOException {
    LuceneIndex index = new LuceneIndex(dir, new Analysis(defaultConfig()), 1.0, 16);
    index.upsert(docs);
    index.commit();
    index.awaitVisible();
    return index;
  }
}
