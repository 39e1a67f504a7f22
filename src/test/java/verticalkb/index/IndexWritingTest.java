package verticalkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verticalkb.document.KbDocument;

/** The writer settings of {@code kb.index.*} reach the IndexWriter. */
class IndexWritingTest {

  @TempDir
  Path dir;

  private static KbDocument doc(String id) {
    return new KbDocument(id, null, "page", "title " + id, "some text", null, null, null, null, null, null, List.of(), null, null,
        null, null, null, null, null, null, null, null, null);
  }

  private boolean writesCompoundFiles(boolean compoundFiles) throws Exception {
    Path path = dir.resolve("index-" + compoundFiles);
    Analysis analysis = new Analysis(new SchemaLoader().load(Path.of("index-config"), "schema.yaml"));
    try (LuceneIndex index = new LuceneIndex(path, analysis, 1.0, new LuceneIndex.Writing(16, 8, 16, compoundFiles))) {
      index.upsert(List.of(doc("a"), doc("b")));
      index.commit();
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".cfs"));
    }
  }

  @Test
  void compoundFilesCanBeTurnedOff() throws Exception {
    assertThat(writesCompoundFiles(true)).isTrue();
    assertThat(writesCompoundFiles(false)).isFalse();
  }
}
