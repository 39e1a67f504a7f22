package verticalkb.crawl;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import verticalkb.ProblemException;
import verticalkb.vertical.Source;
import verticalkb.vertical.Vertical;

/**
 * Re-runs extraction and indexing from the WARC archive, without the network: every archived 200 response of the
 * vertical's sources goes through the {@link Pipeline} again (links are not followed). How a better extractor or a
 * new enricher reaches old content.
 */
@ApplicationScoped
public class Reprocessor {

  private static final Logger LOG = Logger.getLogger(Reprocessor.class);
  private static final int OK = 200;

  /** What a reprocessing did. */
  public record Report(String vertical, int files, long records, long documents, long problems) {}

  private final WarcArchive archive;
  private final Pipeline pipeline;

  Reprocessor(WarcArchive archive, Pipeline pipeline) {
    this.archive = archive;
    this.pipeline = pipeline;
  }

  public synchronized Report reprocess(String verticalId) {
    Map<String, PageDocuments.Origin> sources = QuarkusTransaction.requiringNew().call(() -> {
      Vertical v = Vertical.findById(verticalId);
      if (v == null) throw ProblemException.notFound("vertical", verticalId, "GET /api/verticals lists them.");
      Map<String, PageDocuments.Origin> m = new HashMap<>();
      for (Source s : Source.ofVertical(verticalId)) m.put(s.id, new PageDocuments.Origin(s.id, s.verticalId, s.authority));
      return m;
    });
    List<Path> files;
    try {
      files = archive.files();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long records = 0, documents = 0;
    long[] problems = {0};
    List<String> problemLog = new ArrayList<>();
    for (Path file : files) {
      try (WarcReader reader = new WarcReader(file)) {
        for (WarcRecord rec : reader) {
          if (!(rec instanceof WarcResponse response)) continue;
          String sourceId = response.headers().first(WarcArchive.SOURCE_HEADER).orElse(null);
          PageDocuments.Origin origin = sourceId == null ? null : sources.get(sourceId);
          if (origin == null) continue;
          HttpResponse http = response.http();
          if (http.status() != OK) continue;
          byte[] body;
          try (InputStream in = http.body().stream()) {
            body = in.readAllBytes();
          }
          String contentType = http.headers().first("content-type").orElse(null);
          List<String> charsetProblems = new ArrayList<>();
          String mime = contentType == null ? null : contentType.split(";")[0].trim();
          var charset = Charsets.detect(contentType, body, mime == null || mime.contains("html"), charsetProblems);
          URI url = response.target() == null ? null : URI.create(response.target());
          if (url == null) continue;
          records++;
          Pipeline.Processed p = pipeline.process(origin, url, mime == null ? null : mime + "; charset=" + charset.name(), body,
              response.date(), (u, reason) -> {
                problems[0]++;
                if (problemLog.size() < 10) problemLog.add(u + ": " + reason);
              });
          documents += p.documents();
        }
      } catch (IOException e) {
        problems[0]++;
        LOG.warnf("reprocess: cannot read %s: %s", file, e.getMessage());
      }
    }
    pipeline.flush();
    for (String p : problemLog) LOG.warnf("reprocess: %s", p);
    return new Report(verticalId, files.size(), records, documents, problems[0]);
  }
}
