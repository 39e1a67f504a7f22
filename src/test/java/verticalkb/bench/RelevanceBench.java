package verticalkb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import verticalkb.index.Analysis;
import verticalkb.index.LuceneIndex;
import verticalkb.index.SchemaLoader;
import verticalkb.search.NdjsonImport;
import verticalkb.search.QuerySyntax;
import verticalkb.search.SearchRequest;
import verticalkb.search.Searcher;

/**
 * Relevance on SciFact, Cranfield and CISI (../shared/benchdata): each collection is imported through the NDJSON
 * import and indexed by the service's own index code, its queries run through the service's Searcher, once per
 * schema (index-config/schema.yaml, schema-research.yaml), next to plain Lucene BM25 (EnglishAnalyzer, title and
 * text in one field) in the same run. Reports nDCG@10, MAP and recall@100 (cut at 100 hits, the API's page limit).
 * {@code -Dbench.options=train} runs SciFact's train split instead of the test split (for tuning).
 */
public final class RelevanceBench {

  private static final int DEPTH = 100;
  private static final int NDCG_AT = 10;
  /** The tuned schema file in index-config/ (another name tries a variant while tuning). */
  private static final String RESEARCH = System.getProperty("bench.researchSchema", "schema-research.yaml");
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private record Collection(String name, Path dir, List<String> docFiles, String queries, String qrels) {}

  private RelevanceBench() {}

  public static void main(String[] args) throws Exception {
    Path data = BenchReport.benchdata();
    String options = System.getProperty("bench.options", "");
    boolean train = options.contains("train");
    // "research": only the research schema (a quick loop while tuning it on the train split).
    boolean researchOnly = options.contains("research");
    BenchReport report = new BenchReport(train ? "relevance-train" : "relevance");
    List<Collection> collections = List.of(
        new Collection("scifact", data.resolve("ir-beir-scifact/derived"), List.of("docs-1.jsonl", "docs-2.jsonl", "docs-3.jsonl"),
            train ? "train-queries.tsv" : "queries.tsv", train ? "train-qrels.trec" : "qrels.trec"),
        new Collection("cranfield", data.resolve("ir-cranfield/derived"), List.of("docs.jsonl"), "queries.tsv", "qrels.trec"),
        new Collection("cisi", data.resolve("ir-cisi/derived"), List.of("docs.jsonl"), "queries.tsv", "qrels.trec"));
    for (Collection c : train ? collections.subList(0, 1) : collections) {
      Map<String, String> queries = queries(c.dir().resolve(c.queries()));
      Map<String, Map<String, Integer>> qrels = qrels(c.dir().resolve(c.qrels()));
      String ndjson = ndjson(c);
      report.put(c.name() + ".queries", qrels.size());
      for (String schema : researchOnly ? List.of(RESEARCH) : List.of("schema.yaml", RESEARCH)) {
        Map<String, Double> m = evaluate(ours(ndjson, schema, queries), qrels);
        put(report, c.name() + "." + schema.replace(".yaml", ""), m);
      }
      if (researchOnly) continue;
      put(report, c.name() + ".plainBm25(k1=0.9,b=0.4)", evaluate(plain(ndjson, queries, 0.9f, 0.4f), qrels));
      put(report, c.name() + ".plainBm25(k1=1.2,b=0.75)", evaluate(plain(ndjson, queries, 1.2f, 0.75f), qrels));
    }
    report.put("scifact.anserini.published.ndcg10(300 test queries)", 0.6789);
    report.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
    report.write();
  }

  private static void put(BenchReport report, String prefix, Map<String, Double> m) {
    for (var e : m.entrySet()) report.put(prefix + "." + e.getKey(), Math.round(e.getValue() * 10000) / 10000.0);
  }

  /** The collection as the NDJSON a user would POST to /api/documents. */
  private static String ndjson(Collection c) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (String f : c.docFiles()) {
      for (String line : Files.readAllLines(c.dir().resolve(f))) {
        if (line.isBlank()) continue;
        JsonNode d = JSON.readTree(line);
        ObjectNode o = JSON.createObjectNode();
        o.put("id", d.get("docno").asText());
        o.put("type", "publication");
        String title = d.path("title").asText("").strip();
        o.put("title", title.isEmpty() ? "(untitled)" : title);
        o.put("text", d.path("text").asText(""));
        if (d.hasNonNull("author")) o.putArray("authors").add(d.get("author").asText());
        sb.append(JSON.writeValueAsString(o)).append('\n');
      }
    }
    return sb.toString();
  }

  private static Map<String, List<String>> ours(String ndjson, String schema, Map<String, String> queries) throws Exception {
    Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "relevance-");
    Analysis analysis = new Analysis(new SchemaLoader().load(Path.of("index-config"), schema));
    Map<String, List<String>> runs = new LinkedHashMap<>();
    try (LuceneIndex index = new LuceneIndex(dir, analysis, 1.0, 256)) {
      NdjsonImport importer = new NdjsonImport(JSON, index.mapper(), d -> d, 1000, 10_000_000);
      NdjsonImport.Report r = importer.run(new ByteArrayInputStream(ndjson.getBytes(StandardCharsets.UTF_8)), batch -> {
        try {
          index.upsert(batch);
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      if (r.failed() > 0) throw new IllegalStateException("import failed for " + r.failed() + " lines: " + r.errors());
      index.commit();
      index.awaitVisible();
      Searcher searcher = new Searcher(index, 1, DEPTH);
      for (var q : queries.entrySet()) {
        runs.put(q.getKey(), ids(searcher, q.getValue()));
      }
    }
    return runs;
  }

  /** Runs a natural-language query through the search; a query our syntax rejects is retried without quotes. */
  private static List<String> ids(Searcher searcher, String text) throws Exception {
    try {
      return searcher.search(SearchRequest.of(text, DEPTH)).hits().stream().map(h -> (String) h.get("id")).toList();
    } catch (QuerySyntax.QuerySyntaxException e) {
      return searcher.search(SearchRequest.of(text.replace("\"", " ").replace(" OR ", " or "), DEPTH)).hits().stream()
          .map(h -> (String) h.get("id")).toList();
    }
  }

  /** Plain Lucene BM25: EnglishAnalyzer, one field of title + text, the query as a bag of words. */
  private static Map<String, List<String>> plain(String ndjson, Map<String, String> queries, float k1, float b) throws IOException {
    Analyzer analyzer = new EnglishAnalyzer();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity(k1, b)))) {
      for (String line : ndjson.split("\n")) {
        JsonNode d = JSON.readTree(line);
        Document doc = new Document();
        doc.add(new StringField("id", d.get("id").asText(), Field.Store.YES));
        String title = d.get("title").asText().equals("(untitled)") ? "" : d.get("title").asText();
        doc.add(new TextField("contents", title + " " + d.path("text").asText(""), Field.Store.NO));
        w.addDocument(doc);
      }
    }
    Map<String, List<String>> runs = new LinkedHashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      s.setSimilarity(new BM25Similarity(k1, b));
      for (var q : queries.entrySet()) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("contents", q.getValue())) {
          CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) counts.merge(t.toString(), 1, Integer::sum);
          ts.end();
        }
        BooleanQuery.Builder bq = new BooleanQuery.Builder();
        counts.forEach((term, n) -> bq.add(new BoostQuery(new TermQuery(new Term("contents", term)), n), Occur.SHOULD));
        List<String> ids = new ArrayList<>();
        for (ScoreDoc sd : s.search(bq.build(), DEPTH).scoreDocs) ids.add(s.storedFields().document(sd.doc).get("id"));
        runs.put(q.getKey(), ids);
      }
    }
    return runs;
  }

  /** nDCG@10 (linear gains, trec_eval style), MAP and recall@100 over the judged queries. */
  static Map<String, Double> evaluate(Map<String, List<String>> runs, Map<String, Map<String, Integer>> qrels) {
    double ndcg = 0;
    double map = 0;
    double recall = 0;
    for (var q : qrels.entrySet()) {
      Map<String, Integer> rel = q.getValue();
      List<String> ranked = runs.getOrDefault(q.getKey(), List.of());
      double dcg = 0;
      double ap = 0;
      int found = 0;
      for (int i = 0; i < ranked.size(); i++) {
        int g = rel.getOrDefault(ranked.get(i), 0);
        if (i < NDCG_AT && g > 0) dcg += g / log2(i + 2);
        if (g > 0) {
          found++;
          ap += (double) found / (i + 1);
        }
      }
      List<Integer> ideal = rel.values().stream().filter(g -> g > 0).sorted(Comparator.reverseOrder()).toList();
      double idcg = 0;
      for (int i = 0; i < Math.min(NDCG_AT, ideal.size()); i++) idcg += ideal.get(i) / log2(i + 2);
      ndcg += idcg == 0 ? 0 : dcg / idcg;
      map += ideal.isEmpty() ? 0 : ap / ideal.size();
      recall += ideal.isEmpty() ? 0 : (double) found / ideal.size();
    }
    int n = qrels.size();
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("ndcg10", ndcg / n);
    m.put("map", map / n);
    m.put("recall100", recall / n);
    return m;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static Map<String, String> queries(Path file) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      int tab = line.indexOf('\t');
      if (tab > 0) out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
    }
    return out;
  }

  private static Map<String, Map<String, Integer>> qrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    try (Stream<String> lines = Files.lines(file)) {
      lines.map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
        String[] p = l.split("\\s+");
        int g = Integer.parseInt(p[3]);
        if (g > 0) out.computeIfAbsent(p[0], k -> new HashMap<>()).put(p[2], g);
      });
    }
    return out;
  }
}
