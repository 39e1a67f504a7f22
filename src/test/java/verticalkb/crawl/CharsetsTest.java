package verticalkb.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharsetsTest {

  @Test
  void byteOrderMarkWinsOverTheHeader() {
    byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(Charsets.detect("text/html; charset=iso-8859-1", body, true, new ArrayList<>())).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void headerCharsetIsUsed() {
    assertThat(Charsets.detect("text/html; charset=ISO-8859-1", "<p>x</p>".getBytes(StandardCharsets.US_ASCII), true, new ArrayList<>()))
        .isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void metaCharsetIsUsedWhenTheHeaderHasNone() {
    byte[] body = "<html><head><meta charset=\"windows-1252\"></head>".getBytes(StandardCharsets.US_ASCII);
    assertThat(Charsets.detect("text/html", body, true, new ArrayList<>()).name()).isEqualTo("windows-1252");
  }

  @Test
  void anUnknownCharsetIsAProblemAndFallsThrough() {
    List<String> problems = new ArrayList<>();
    byte[] body = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-15\">".getBytes(StandardCharsets.US_ASCII);
    assertThat(Charsets.detect("text/html; charset=klingon", body, true, problems).name()).isEqualTo("ISO-8859-15");
    assertThat(problems).singleElement().asString().contains("klingon");
  }

  @Test
  void nothingDeclaredMeansUtf8() {
    assertThat(Charsets.detect(null, "plain".getBytes(StandardCharsets.US_ASCII), false, new ArrayList<>())).isEqualTo(StandardCharsets.UTF_8);
  }
}
