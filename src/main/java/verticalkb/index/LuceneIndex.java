package verticalkb.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import verticalkb.document.KbDocument;

/**
 * One Lucene index directory: its single {@link IndexWriter}, a {@link SearcherManager} refreshed by a background
 * thread (documents are searchable within {@code maxStaleSeconds} of a write, never by refreshing per query) and
 * commits that record the schema hash. Thread-safe. A crash loses only what was written after the last commit; the
 * index still opens.
 */
public final class LuceneIndex implements Closeable {

  /** Commit user data key holding the schema hash the index was built with. */
  public static final String SCHEMA_HASH = "schemaHash";
  /** The reopen thread refreshes at least this often when a caller waits for a write (read-your-writes). */
  private static final double MIN_STALE_SECONDS = 0.01;

  /** A document that could not be indexed, and why. */
  public record Failure(String id, String message) {}

  /**
   * How the writer buffers and merges ({@code kb.index.*}): RAM buffer before a flush, and the tiered merge policy's
   * segments per tier and floor segment size, and whether small segments are packed into compound files.
   */
  public record Writing(double ramBufferMb, double segmentsPerTier, double floorSegmentMb, boolean compoundFiles) {
    /** Lucene's merge defaults with this RAM buffer. */
    public static Writing withRamBuffer(double ramBufferMb) {
      TieredMergePolicy lucene = new TieredMergePolicy();
      return new Writing(ramBufferMb, lucene.getSegmentsPerTier(), lucene.getFloorSegmentMB(), true);
    }
  }

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final Analysis analysis;
  private final DocumentMapper mapper;
  private final String builtWithHash;
  private final AtomicLong uncommitted = new AtomicLong();
  private volatile long lastGeneration;

  /**
   * Opens (or creates) the index at {@code path}. Fails with {@link org.apache.lucene.store.LockObtainFailedException}
   * when another writer, in this or another process, holds it.
   */
  public LuceneIndex(Path path, Analysis analysis, double maxStaleSeconds, double ramBufferMb) throws IOException {
    this(path, analysis, maxStaleSeconds, Writing.withRamBuffer(ramBufferMb));
  }

  /** Opens (or creates) the index at {@code path} with these buffering and merge settings. */
  public LuceneIndex(Path path, Analysis analysis, double maxStaleSeconds, Writing writing) throws IOException {
    this.path = path;
    this.analysis = analysis;
    this.mapper = new DocumentMapper(analysis.config().schema(), analysis);
    this.directory = FSDirectory.open(path);
    String hash = null;
    if (DirectoryReader.indexExists(directory)) {
      try (DirectoryReader r = DirectoryReader.open(directory)) {
        hash = r.getIndexCommit().getUserData().get(SCHEMA_HASH);
      }
    }
    TieredMergePolicy merges = new TieredMergePolicy()
        .setSegmentsPerTier(writing.segmentsPerTier())
        .setFloorSegmentMB(writing.floorSegmentMb());
    IndexWriterConfig iwc = new IndexWriterConfig(analysis.indexAnalyzer())
        .setSimilarity(analysis.similarity())
        .setRAMBufferSizeMB(writing.ramBufferMb())
        .setMergePolicy(merges)
        .setUseCompoundFile(writing.compoundFiles())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false);
    IndexWriter w;
    try {
      w = new IndexWriter(directory, iwc);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.writer = w;
    this.builtWithHash = hash == null && w.getDocStats().numDocs == 0 ? analysis.config().indexHash() : hash;
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
        return new KbSearcher(reader, analysis.similarity(), LuceneIndex.this);
      }
    });
    this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, maxStaleSeconds, MIN_STALE_SECONDS);
    reopener.setName("index-reopen-" + path.getFileName());
    reopener.setDaemon(true);
    reopener.start();
  }

  public Path path() {
    return path;
  }

  public Analysis analysis() {
    return analysis;
  }

  public DocumentMapper mapper() {
    return mapper;
  }

  /** True when the index was built with another schema than the one loaded (a reindex is required). */
  public boolean schemaDiffers() {
    return builtWithHash == null || !builtWithHash.equals(analysis.config().indexHash());
  }

  /** Upserts by id; answers the documents that could not be indexed (the others are). */
  public List<Failure> upsert(List<KbDocument> documents) throws IOException {
    List<Failure> failures = new ArrayList<>();
    long gen = -1;
    for (KbDocument d : documents) {
      try {
        gen = writer.updateDocument(new Term(DocumentMapper.ID_FIELD, d.id()), mapper.map(d));
      } catch (IllegalArgumentException e) {
        failures.add(new Failure(d.id(), e.getMessage()));
      }
    }
    if (gen >= 0) lastGeneration = gen;
    uncommitted.addAndGet(documents.size() - failures.size());
    return failures;
  }

  public void delete(Collection<String> ids) throws IOException {
    Term[] terms = ids.stream().map(id -> new Term(DocumentMapper.ID_FIELD, id)).toArray(Term[]::new);
    if (terms.length == 0) return;
    lastGeneration = writer.deleteDocuments(terms);
    uncommitted.addAndGet(terms.length);
  }

  /** Removes every document (a rebuild starts from nothing). */
  public void deleteAll() throws IOException {
    lastGeneration = writer.deleteAll();
    uncommitted.incrementAndGet();
  }

  /** Changes since the last commit. */
  public long uncommitted() {
    return uncommitted.get();
  }

  /** Makes everything written so far durable, recording the schema hash; a no-op when nothing changed. */
  public synchronized void commit() throws IOException {
    long n = uncommitted.get();
    if (n == 0 && !writer.hasUncommittedChanges()) return;
    writer.setLiveCommitData(Map.of(SCHEMA_HASH, analysis.config().indexHash()).entrySet());
    writer.commit();
    uncommitted.addAndGet(-n);
  }

  /** Blocks until everything written so far is visible to searches (read-your-writes for tests and imports). */
  public void awaitVisible() throws IOException {
    try {
      reopener.waitForGeneration(lastGeneration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a refresh", e);
    }
  }

  /** A point-in-time searcher; always pass it back to {@link #release} in a finally block. */
  public KbSearcher acquire() throws IOException {
    return (KbSearcher) searchers.acquire();
  }

  public void release(KbSearcher searcher) throws IOException {
    searchers.release(searcher);
  }

  /** Live documents in the index as the current searcher sees them. */
  public long count() throws IOException {
    KbSearcher s = acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      release(s);
    }
  }

  /** On-disk size in bytes of the files of the last commit and any newer segment. */
  public long sizeBytes() throws IOException {
    long total = 0;
    for (String f : directory.listAll()) {
      try {
        total += directory.fileLength(f);
      } catch (IOException e) {
        // A file merged away between list and length: not part of the index any more.
      }
    }
    return total;
  }

  /** Commits, then closes: reopen thread, searcher manager, writer, directory (the order luceneserver uses). */
  @Override
  public void close() throws IOException {
    try {
      commit();
    } finally {
      IOUtils.close(reopener, searchers, writer, directory);
    }
  }

  /** Closes without committing (what is not committed is dropped, as after a crash). */
  public void rollback() throws IOException {
    IOUtils.close(reopener, searchers);
    try {
      writer.rollback();
    } finally {
      directory.close();
    }
  }
}
