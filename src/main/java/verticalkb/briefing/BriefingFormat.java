package verticalkb.briefing;

import java.util.Arrays;
import java.util.Locale;
import verticalkb.ProblemException;

/** The forms a briefing or account brief can be answered in, by the {@code format} parameter. */
enum BriefingFormat {
  JSON("application/json"), MD("text/markdown; charset=utf-8"), HTML("text/html; charset=utf-8");

  final String mediaType;

  BriefingFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /** The format {@code text} names (json when absent), among {@code allowed}; a 400 listing them otherwise. */
  static BriefingFormat parse(String text, BriefingFormat... allowed) {
    if (text == null || text.isBlank()) return JSON;
    for (BriefingFormat f : allowed) if (f.name().equalsIgnoreCase(text.strip())) return f;
    throw ProblemException.badRequest("format", "'" + text + "' is not a format here; use one of "
        + Arrays.stream(allowed).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
  }
}
