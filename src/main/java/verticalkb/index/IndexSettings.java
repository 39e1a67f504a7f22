package verticalkb.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kb.index.*}: which schema file to use and the writer's refresh and commit policy. */
@ConfigMapping(prefix = "kb.index")
public interface IndexSettings {

  /** Schema file inside kb.index-config-dir (a second file, e.g. schema-research.yaml, is a tuned variant). */
  @WithDefault("schema.yaml")
  String schema();

  /** A write is searchable at most this long after it (the reopen thread's target staleness). */
  @WithDefault("1s")
  Duration maxStaleness();

  /** Uncommitted changes are committed this often (visibility is not durability). */
  @WithDefault("30s")
  Duration commitInterval();

  /** ... or as soon as this many changes are uncommitted. */
  @WithDefault("10000")
  long commitEvery();

  /** Indexing buffer before a segment is flushed. */
  @WithDefault("64")
  double ramBufferMb();

  /** Merging of the segments each refresh flushes (Lucene's TieredMergePolicy defaults). */
  Merge merge();

  /** Small segments packed into one compound file each: fewer open files, one more copy per flush. */
  @WithDefault("true")
  boolean compoundFiles();

  /** {@code kb.index.merge.*}. */
  interface Merge {
    /** Segments of about equal size allowed before they are merged: more means less rewriting, more segments to search. */
    @WithDefault("8")
    double segmentsPerTier();

    /** Segments smaller than this count as this big when choosing merges. */
    @WithDefault("16")
    double floorSegmentMb();
  }

  /** Documents read from the database per page during a reindex. */
  @WithDefault("500")
  int reindexPage();
}
