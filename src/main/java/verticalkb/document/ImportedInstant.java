package verticalkb.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import verticalkb.TimeInput;

/**
 * Reads a document's times in the forms {@link TimeInput} accepts (a plain day is the start of that day in UTC).
 * Numbers are read as Jackson reads an {@link Instant} (epoch seconds).
 */
public final class ImportedInstant extends StdDeserializer<Instant> {

  public ImportedInstant() {
    super(Instant.class);
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.hasToken(JsonToken.VALUE_STRING)) return InstantDeserializer.INSTANT.deserialize(p, ctxt);
    String text = p.getText().strip();
    if (text.isEmpty()) return null;
    Instant parsed = TimeInput.instant(text);
    if (parsed == null) {
      throw JsonMappingException.from(p, "'" + p.currentName() + "': '" + text
          + "' is not a date; use " + TimeInput.FORMS);
    }
    return parsed;
  }
}
