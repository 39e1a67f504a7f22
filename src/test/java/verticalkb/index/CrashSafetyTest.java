package verticalkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verticalkb.document.KbDocument;

/**
 * A writer killed with SIGKILL (no close, no commit of the tail) leaves an index that opens with everything
 * committed before the kill. The writer runs in a child JVM so that the kill is real.
 */
class CrashSafetyTest {

  static final int COMMITTED = 200;

  @TempDir
  Path dir;

  /** The child: index COMMITTED documents, commit, keep writing uncommitted ones, signal, wait to be killed. */
  public static void main(String[] args) throws Exception {
    LuceneIndex index = open(Path.of(args[0]));
    index.upsert(docs(0, COMMITTED));
    index.commit();
    index.upsert(docs(COMMITTED, COMMITTED * 2));
    Files.writeString(Path.of(args[0]).resolveSibling("ready"), "ready");
    while (true) {
      index.upsert(docs(COMMITTED * 2, COMMITTED * 3));
      Thread.sleep(10);
    }
  }

  static LuceneIndex open(Path path) throws Exception {
    Analysis analysis = new Analysis(new SchemaLoader().load(Path.of("index-config"), "schema.yaml"));
    return new LuceneIndex(path, analysis, 1.0, 16);
  }

  static List<KbDocument> docs(int from, int to) {
    List<KbDocument> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(new KbDocument("d" + i, null, "page", "title " + i, "text " + i, null, null, null, null, null, null,
          null, null, null, null, null, null, null, null, null, null, null, null));
    }
    return out;
  }

  @Test
  void killedWriterLeavesAnIndexWithEverythingCommitted() throws Exception {
    Path index = dir.resolve("index");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashSafetyTest.class.getName(), index.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(dir.resolve("ready")) && System.nanoTime() < deadline && p.isAlive()) Thread.sleep(50);
      assertThat(Files.exists(dir.resolve("ready"))).as(Files.exists(dir.resolve("child.log")) ? Files.readString(dir.resolve("child.log")) : "").isTrue();
    } finally {
      p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    try (LuceneIndex reopened = open(index)) {
      assertThat(reopened.count()).isEqualTo(COMMITTED);
      assertThat(reopened.schemaDiffers()).isFalse();
    }
  }
}
