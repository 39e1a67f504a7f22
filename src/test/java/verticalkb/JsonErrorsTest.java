package verticalkb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonErrorsTest {

  record Scope(int maxDepth, List<String> allow, boolean sameSite) {}

  record Source(String name, Scope scope) {}

  private static String error(String json) {
    return JsonErrors.describe(assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readValue(json, Source.class)));
  }

  @Test
  void aValueOfTheWrongKindIsNamedInPlainWordsNotJavaTypes() {
    assertThat(error("{\"name\": [\"a\"]}")).isEqualTo("expected text, got a list");
    assertThat(error("{\"scope\": {\"allow\": {\"x\": 1}}}")).isEqualTo("expected a list, got an object");
    assertThat(error("{\"scope\": \"deep\"}")).startsWith("expected an object").endsWith("got text");
    assertThat(error("[]")).startsWith("expected an object").endsWith("got a list");
  }

  @Test
  void aValueThatCannotBeConvertedIsQuoted() {
    assertThat(error("{\"scope\": {\"maxDepth\": \"three\"}}")).isEqualTo("'three' is not a whole number");
    assertThat(error("{\"scope\": {\"sameSite\": \"perhaps\"}}")).isEqualTo("'perhaps' is not true or false");
  }

  @Test
  void brokenJsonKeepsJacksonsSyntaxMessageWithoutTheSourceExcerpt() {
    assertThat(error("{\"name\": ")).doesNotContain("[Source").isNotBlank();
  }
}
