package verticalkb.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimHashTest {

  static final String TEXT = "The quick brown fox jumps over the lazy dog near the river bank on a sunny afternoon while "
      + "children play football in the park and their parents watch from the benches under the old oak trees";

  @Test
  void normalisingIgnoresCaseAccentsAndPunctuation() {
    assertThat(SimHash.normalise("Café — CRÈME, brûlée!")).isEqualTo("cafe creme brulee");
    assertThat(SimHash.contentHash("Café, crème")).isEqualTo(SimHash.contentHash("cafe CREME"));
  }

  @Test
  void smallEditsStayCloseAndOtherTextsAreFar() {
    long a = SimHash.of(DocumentClassifierTest.STORY);
    long b = SimHash.of("Reuters - " + DocumentClassifierTest.STORY + " Read more.");
    long c = SimHash.of("Interest rates rose again as the central bank fought inflation in a tight labour market with "
        + "lenders warning of higher mortgage costs for families across the country this winter and beyond");
    assertThat(SimHash.distance(a, b)).isLessThanOrEqualTo(3);
    assertThat(SimHash.distance(a, c)).isGreaterThan(12);
  }

  @Test
  void bandsCoverTheWholeHash() {
    long h = SimHash.of(TEXT);
    long rebuilt = 0;
    for (int i = 0; i < 4; i++) rebuilt |= ((long) SimHash.band(h, i)) << (i * SimHash.BAND_BITS);
    assertThat(rebuilt).isEqualTo(h);
  }

  @Test
  void hashingAnAlreadyNormalisedTextGivesTheSameFingerprints() {
    String text = "Café owners, CRÈME brûlée — and " + TEXT;
    String n = SimHash.normalise(text);
    assertThat(SimHash.contentHashOfNormalised(n)).isEqualTo(SimHash.contentHash(text));
    assertThat(SimHash.ofWords(SimHash.words(n))).isEqualTo(SimHash.of(text));
    assertThat(SimHash.contentHashOfNormalised("")).isNull();
  }

  @Test
  void fingerprintsAreStableAcrossVersions() {
    // Values stored in the fingerprint table by earlier versions must keep matching: pinned, including a text of
    // more shingles than one counting round holds (255).
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 1000; i++) many.append('w').append(i * 7919 % 613).append(' ');
    assertThat(Long.toHexString(SimHash.of(TEXT))).isEqualTo("a801101e3280289d");
    assertThat(Long.toHexString(SimHash.of(many.toString()))).isEqualTo("e829c8007fca40c5");
  }
}
