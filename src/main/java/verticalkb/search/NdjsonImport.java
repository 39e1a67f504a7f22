package verticalkb.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import verticalkb.JsonErrors;
import verticalkb.ProblemMappers;
import verticalkb.document.KbDocument;
import verticalkb.index.DocumentMapper;

/**
 * Reads documents one JSON object a line, streaming: each line is parsed, checked, enriched and handed on in
 * batches; a bad line is reported with its number and skipped, the others are imported. Pure: the caller decides
 * where batches go (the document store in the service, an index directly in benchmarks).
 */
public final class NdjsonImport {

  /** Errors listed in a report; past that only the count grows (a wrong file would otherwise list millions). */
  public static final int MAX_REPORTED_ERRORS = 1000;

  /** One bad line. */
  public record LineError(long line, String message) {}

  /** What an import did. */
  public record Report(long lines, long imported, long failed, List<LineError> errors, long tookMs) {}

  private final ObjectMapper json;
  private final DocumentMapper mapper;
  private final UnaryOperator<KbDocument> enrich;
  private final int batchSize;
  private final int maxLine;

  public NdjsonImport(ObjectMapper json, DocumentMapper mapper, UnaryOperator<KbDocument> enrich, int batchSize, int maxLine) {
    this.json = json;
    this.mapper = mapper;
    this.enrich = enrich;
    this.batchSize = batchSize;
    this.maxLine = maxLine;
  }

  /** Reads the whole stream, giving each batch to {@code store}. */
  public Report run(InputStream in, Consumer<List<KbDocument>> store) throws IOException {
    long t0 = System.nanoTime();
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    List<KbDocument> batch = new ArrayList<>(batchSize);
    List<Long> batchLines = new ArrayList<>(batchSize);
    List<LineError> errors = new ArrayList<>();
    long lineNo = 0;
    long imported = 0;
    long failed = 0;
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    boolean eof = false;
    char[] buf = new char[8192];
    int len = 0;
    int pos = 0;
    while (!eof) {
      line.setLength(0);
      tooLong = false;
      boolean gotLine = false;
      while (true) {
        if (pos == len) {
          len = reader.read(buf);
          pos = 0;
          if (len < 0) {
            eof = true;
            len = 0;
            gotLine = line.length() > 0 || tooLong;
            break;
          }
        }
        int nl = -1;
        for (int i = pos; i < len; i++) if (buf[i] == '\n') {
          nl = i;
          break;
        }
        int end = nl < 0 ? len : nl;
        if (!tooLong) {
          if (line.length() + (end - pos) > maxLine) tooLong = true;
          else line.append(buf, pos, end - pos);
        }
        pos = nl < 0 ? len : nl + 1;
        if (nl >= 0) {
          gotLine = true;
          break;
        }
      }
      if (!gotLine) continue;
      lineNo++;
      String text = line.toString().strip();
      if (tooLong) {
        failed++;
        note(errors, lineNo, "line is longer than " + maxLine + " characters; split the document or shorten its text");
        continue;
      }
      if (text.isEmpty()) continue;
      try {
        KbDocument d = check(json.readValue(text, KbDocument.class));
        d = enrich.apply(d);
        mapper.map(d);
        batch.add(d);
        batchLines.add(lineNo);
      } catch (UnrecognizedPropertyException e) {
        failed++;
        note(errors, lineNo, "unknown field '" + e.getPropertyName() + "'; known fields: " + e.getKnownPropertyIds());
      } catch (JsonProcessingException e) {
        failed++;
        String field = e instanceof JsonMappingException m ? ProblemMappers.jsonPath(m) : "";
        note(errors, lineNo, "not a valid document: " + (field.isEmpty() ? "" : "'" + field + "': ") + JsonErrors.describe(e));
      } catch (IllegalArgumentException e) {
        failed++;
        note(errors, lineNo, e.getMessage());
      }
      if (batch.size() >= batchSize) {
        imported += flush(batch, batchLines, store, errors);
        failed += batchLines.size() - (long) batch.size();
        batch.clear();
        batchLines.clear();
      }
    }
    if (!batch.isEmpty()) {
      imported += flush(batch, batchLines, store, errors);
      failed += batchLines.size() - (long) batch.size();
    }
    return new Report(lineNo, imported, failed, errors, (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * Stores a batch; when the store refuses it, stores its documents one by one so that only the bad ones fail,
   * each reported with its line. Answers how many were stored (the batch keeps only those).
   */
  private static long flush(List<KbDocument> batch, List<Long> lines, Consumer<List<KbDocument>> store, List<LineError> errors) {
    try {
      store.accept(List.copyOf(batch));
      return batch.size();
    } catch (RuntimeException whole) {
      List<KbDocument> ok = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        try {
          store.accept(List.of(batch.get(i)));
          ok.add(batch.get(i));
        } catch (RuntimeException e) {
          note(errors, lines.get(i), "cannot be stored: " + rootMessage(e));
        }
      }
      batch.clear();
      batch.addAll(ok);
      return ok.size();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  private static void note(List<LineError> errors, long line, String message) {
    if (errors.size() < MAX_REPORTED_ERRORS) errors.add(new LineError(line, message));
  }

  /** The document if it has what every document needs; IllegalArgumentException saying what is missing. */
  static KbDocument check(KbDocument d) {
    if (d == null) throw new IllegalArgumentException("the line is JSON null; give one document object a line");
    if (d.id() == null || d.id().isBlank()) throw new IllegalArgumentException("'id' is required: a stable string id");
    if (d.id().length() > MAX_ID_LENGTH) throw new IllegalArgumentException("'id' is longer than " + MAX_ID_LENGTH + " characters");
    if (d.type() == null || !KbDocument.Types.ALL.contains(d.type())) {
      throw new IllegalArgumentException("'type' must be one of " + KbDocument.Types.ALL + (d.type() == null ? "" : ", not '" + d.type() + "'"));
    }
    if (d.title() == null || d.title().isBlank()) throw new IllegalArgumentException("'title' is required");
    if (d.url() != null && !isWebAddress(d.url())) {
      throw new IllegalArgumentException("'url' must be an absolute http or https address, not '" + d.url() + "'");
    }
    if (d.authority() != null && (d.authority() < 0 || d.authority() > 1)) throw new IllegalArgumentException("'authority' must be between 0 and 1");
    return d;
  }

  /**
   * Links of hits are followed by people; other schemes (javascript:, file:, data:) are not the web's. Only the scheme
   * and a host are asked for: exported data often carries unencoded characters (a space, a '|'), and a document is
   * not lost for them.
   */
  private static boolean isWebAddress(String url) {
    String u = url.strip().toLowerCase(java.util.Locale.ROOT);
    String rest = u.startsWith("https://") ? u.substring("https://".length()) : u.startsWith("http://") ? u.substring("http://".length()) : null;
    return rest != null && !rest.isEmpty() && rest.charAt(0) != '/';
  }

  /** The database column's width (V2__documents.sql). */
  private static final int MAX_ID_LENGTH = 512;
}
