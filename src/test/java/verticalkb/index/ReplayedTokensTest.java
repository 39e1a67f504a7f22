package verticalkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.junit.jupiter.api.Test;
import verticalkb.index.Schema.AnalyzerSpec;
import verticalkb.index.Schema.Component;

/** Replaying each value's recorded tokens gives exactly the tokens of analysing the newline-joined values. */
class ReplayedTokensTest {

  private static final IndexConfig CONFIG = new SchemaLoader().load(Path.of("index-config"), "schema.yaml");
  private static final Analysis ANALYSIS = new Analysis(CONFIG);

  /** Terms, positions and offsets of a stream, then what end() leaves (position increment and final offset). */
  private static List<String> tokens(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term + "/" + pos.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
      ts.end();
      out.add("end/" + pos.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
    }
    return out;
  }

  private static List<String> replayed(Analyzer analyzer, List<String> values) throws IOException {
    List<PieceTokens> pieces = new ArrayList<>();
    for (String v : values) pieces.add(PieceTokens.of(analyzer, "all", v));
    return tokens(new ReplayedTokens(pieces, values));
  }

  @Test
  void replayedValuesTokeniseAsTheirJoinedTextWithEachShippedAnalyzer() throws IOException {
    List<List<String>> cases = List.of(
        List.of("Telehealth rates rise", "The summary of it", "First paragraph.\nSecond one, the end of"),
        List.of("The", "of the and", "a cat's toy is here", "To be or not to be"),
        List.of("—", "", "  ", "Ann Lee"),
        List.of("Café naïve 東京 Größe 👍🏽 3.5% U.S.A. e-mail foo@bar.com http://x.test/a?b=c", "O'Neil's clinics'"),
        List.of("a".repeat(300) + " tail " + "b".repeat(600), "x".repeat(256), "the"),
        List.of("line one\nline two\n", "\nstarts with a newline", "trailing stop the"),
        List.of("single"));
    for (String name : List.of("english", "plain")) {
      Analyzer analyzer = ANALYSIS.analyzer(name);
      for (List<String> values : cases) {
        assertThat(replayed(analyzer, values)).as(name + " " + values)
            .isEqualTo(tokens(analyzer.tokenStream("all", String.join("\n", values))));
      }
    }
  }

  @Test
  void onlyAnalyzersThatCannotJoinTokensAcrossValuesArePiecewise() {
    Component standard = new Component("standard", null);
    assertThat(PieceTokens.piecewise(CONFIG.schema().analyzers().get("english"))).isTrue();
    assertThat(PieceTokens.piecewise(new AnalyzerSpec(null, standard, List.of(new Component("lowercase", null))))).isTrue();
    assertThat(PieceTokens.piecewise(new AnalyzerSpec(null, standard, List.of(new Component("shingle", null))))).isFalse();
    assertThat(PieceTokens.piecewise(new AnalyzerSpec(List.of(new Component("htmlStrip", null)), standard, List.of()))).isFalse();
    assertThat(PieceTokens.piecewise(new AnalyzerSpec(null, new Component("whitespace", null), List.of()))).isFalse();
  }

  @Test
  void mappedTextFieldsInvertTheSameTokensWithAndWithoutReplay() throws IOException {
    DocumentMapper plain = new DocumentMapper(CONFIG.schema());
    DocumentMapper replaying = new DocumentMapper(CONFIG.schema(), ANALYSIS);
    var d = new verticalkb.document.KbDocument("p1", "https://x.test/p1", "publication", "The rates of telehealth",
        "First paragraph of the text.\nSecond, about Ann's clinic.", "A summary of the", List.of("Ann Lee", "The Board"), null,
        null, "en", "s1", List.of("healthcare"), List.of(), List.of(), null, null,
        new verticalkb.document.KbDocument.Person("Ann Lee", "Editor", "Acme Health", null, 0.9), null, null, null, null, null, null);
    Document a = plain.map(d);
    Document b = replaying.map(d);
    for (String field : List.of("title", "text", "all", "spell")) {
      IndexableField fa = a.getField(field);
      IndexableField fb = b.getField(field);
      assertThat(fb.stringValue()).isEqualTo(fa.stringValue());
      assertThat(tokens(fb.tokenStream(ANALYSIS.indexAnalyzer(), null))).as(field)
          .isEqualTo(tokens(fa.tokenStream(ANALYSIS.indexAnalyzer(), null)));
    }
  }
}
