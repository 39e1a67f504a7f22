package verticalkb.document;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * Reads a document's times as people and other systems write them: an instant with a zone or offset
 * ({@code 2026-03-01T09:00:00Z}, {@code 2026-03-01T10:00:00+01:00}), a date ({@code 2026-03-01}, the start of that
 * day in UTC), a local date-time (taken as UTC) or an RFC 1123 date as in feeds and HTTP headers. Numbers are read
 * as Jackson reads an {@link Instant} (epoch seconds).
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
    Instant parsed = parse(text);
    if (parsed == null) {
      throw JsonMappingException.from(p, "'" + p.currentName() + "': '" + text
          + "' is not a date; use 2026-03-01 or 2026-03-01T09:00:00Z (an offset such as +01:00 instead of Z works too)");
    }
    return parsed;
  }

  /** The instant {@code text} names in one of the accepted forms, or null. */
  static Instant parse(String text) {
    try {
      if (text.length() == 10) return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      if (Character.isLetter(text.charAt(0))) return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
      return t instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
