package verticalkb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.IntFunction;
import verticalkb.document.KbDocument;

/**
 * The OpenSearch peer of the search benchmark: one index on the node at {@code BENCH_OPENSEARCH_URL} with the same
 * analysis as our default schema (english on a catch-all field made of title and text; keyword facets), loaded with
 * the same generated documents, queried with the same mix: OR of the words, filters, top 10 without the body,
 * one highlighted fragment of the body, six facets (five terms aggregations and a monthly date histogram), totals
 * tracked up to 10,000 as ours are. The index is reused when it already holds the corpus (name carries the size).
 */
final class OpenSearchPeer {

  private static final int BULK_DOCS = 2_000;
  private static final int TRACK_TOTAL_HITS = 10_000;
  private static final int SNIPPET_CHARS = 200;
  private static final int FACET_VALUES = 20;
  private static final Duration TIMEOUT = Duration.ofMinutes(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String index;
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  OpenSearchPeer(String url, int docs) {
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.index = "bench_docs_" + docs;
  }

  /** Creates and loads the index unless it holds {@code docs} documents already; answers docs/s, or -1 when reused. */
  long load(int docs, IntFunction<KbDocument> corpus) throws Exception {
    HttpResponse<String> count = send("GET", "/" + index + "/_count", null);
    if (count.statusCode() == 200 && JSON.readTree(count.body()).path("count").asLong() == docs) return -1;
    send("DELETE", "/" + index, null);
    String mapping = """
        {"settings":{"number_of_shards":1,"number_of_replicas":0,"refresh_interval":"-1"},
         "mappings":{"properties":{
           "title":{"type":"text","analyzer":"english","copy_to":"all"},
           "body":{"type":"text","analyzer":"english","copy_to":"all"},
           "all":{"type":"text","analyzer":"english"},
           "type":{"type":"keyword"},"vertical":{"type":"keyword"},"source":{"type":"keyword"},
           "topic":{"type":"keyword"},"region":{"type":"keyword"},"published":{"type":"date"},"url":{"type":"keyword"}}}}""";
    check(send("PUT", "/" + index, mapping));
    long t0 = System.nanoTime();
    StringBuilder bulk = new StringBuilder();
    for (int i = 0; i < docs; i++) {
      KbDocument d = corpus.apply(i);
      ObjectNode src = JSON.createObjectNode().put("title", d.title()).put("body", d.text()).put("type", d.type())
          .put("vertical", d.verticals().getFirst()).put("source", d.source()).put("topic", d.topics().getFirst())
          .put("published", d.published().toString()).put("url", d.url());
      bulk.append("{\"index\":{\"_id\":\"").append(d.id()).append("\"}}\n").append(JSON.writeValueAsString(src)).append('\n');
      if ((i + 1) % BULK_DOCS == 0 || i == docs - 1) {
        HttpResponse<String> r = check(send("POST", "/" + index + "/_bulk", bulk.toString()));
        if (JSON.readTree(r.body()).path("errors").asBoolean()) throw new IllegalStateException("bulk errors: " + r.body().substring(0, 500));
        bulk.setLength(0);
      }
    }
    check(send("PUT", "/" + index + "/_settings", "{\"index\":{\"refresh_interval\":\"1s\"}}"));
    check(send("POST", "/" + index + "/_refresh", null));
    long rate = Math.round(docs / ((System.nanoTime() - t0) / 1e9));
    check(send("POST", "/" + index + "/_forcemerge?max_num_segments=1", null));
    return rate;
  }

  /** Size of the index on disk, in bytes. */
  long sizeBytes() throws Exception {
    JsonNode stats = JSON.readTree(check(send("GET", "/" + index + "/_stats/store", null)).body());
    return stats.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();
  }

  /** One query of the mix, through the JDK HttpClient. */
  void search(String words, String vertical, String type) throws Exception {
    check(send("POST", searchPath(), queryBody(words, vertical, type)));
  }

  /** Where the mix's queries go (path and query string). */
  String searchPath() {
    return "/" + index + "/_search";
  }

  /** The node's address, as given. */
  URI base() {
    return URI.create(base);
  }

  /** The JSON body of one query of the mix. */
  String queryBody(String words, String vertical, String type) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("size", 10).put("track_total_hits", TRACK_TOTAL_HITS);
    body.putObject("_source").putArray("excludes").add("body").add("all");
    ObjectNode bool = body.putObject("query").putObject("bool");
    bool.putArray("must").addObject().putObject("match").putObject("all").put("query", words).put("operator", "or");
    ArrayNode filter = bool.putArray("filter");
    if (vertical != null) filter.addObject().putObject("term").put("vertical", vertical);
    if (type != null) filter.addObject().putObject("term").put("type", type);
    ObjectNode hl = body.putObject("highlight");
    hl.put("pre_tags", "<mark>").put("post_tags", "</mark>").put("encoder", "html");
    hl.putObject("fields").putObject("body").put("fragment_size", SNIPPET_CHARS).put("number_of_fragments", 1)
        .put("no_match_size", SNIPPET_CHARS).putObject("highlight_query").putObject("match").putObject("body").put("query", words);
    ObjectNode aggs = body.putObject("aggs");
    for (String f : List.of("type", "vertical", "source", "topic", "region")) {
      aggs.putObject(f).putObject("terms").put("field", f).put("size", FACET_VALUES);
    }
    aggs.putObject("month").putObject("date_histogram").put("field", "published").put("calendar_interval", "month").put("min_doc_count", 1);
    return JSON.writeValueAsString(body);
  }

  private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
        .header("Content-Type", path.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> check(HttpResponse<String> r) {
    if (r.statusCode() / 100 != 2) throw new IllegalStateException("OpenSearch answered " + r.statusCode() + ": " + r.body());
    return r;
  }
}
