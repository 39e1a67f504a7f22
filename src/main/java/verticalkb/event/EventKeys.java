package verticalkb.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes two listings one event: the name without years and filler words, the start day, the place. */
final class EventKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern YEAR = Pattern.compile("^(19|20)\\d\\d$");
  /** Words that differ between listings of one event ("The 2026 Annual Health Summit" / "Health Summit"). */
  private static final Set<String> FILLER = Set.of("the", "annual", "a", "an", "of", "and", "conference", "event");
  private static final int SLUG_CHARS = 40;
  private static final int HASH_HEX = 8;
  static final String ONLINE = "online";

  private EventKeys() {}

  static String nameKey(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder sb = new StringBuilder();
    for (String w : NON_WORD.matcher(folded.toLowerCase(Locale.ROOT).replace("'", "").replace("’", "")).replaceAll(" ").strip().split(" ")) {
      if (w.isEmpty() || YEAR.matcher(w).matches() || FILLER.contains(w)) continue;
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(w);
    }
    // A name of filler words only ("The Conference 2026") keys on all its words rather than on nothing.
    return sb.isEmpty() ? NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() : sb.toString();
  }

  /** The IANA zone, or UTC where the text names none (or an unknown one). */
  static ZoneId zone(String timeZone) {
    if (timeZone == null || timeZone.isBlank()) return ZoneOffset.UTC;
    try {
      return ZoneId.of(timeZone.strip());
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }

  /** The zone's IANA id when the text is a valid one, else null. */
  static String validZone(String timeZone) {
    if (timeZone == null || timeZone.isBlank()) return null;
    try {
      return ZoneId.of(timeZone.strip()).getId();
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String dayKey(Instant start, String timeZone) {
    return start.atZone(zone(timeZone)).toLocalDate().toString();
  }

  static String placeKey(String placeName, String country, boolean online) {
    if (placeName != null && !placeName.isBlank()) {
      return NON_WORD.matcher(placeName.toLowerCase(Locale.ROOT)).replaceAll(" ").strip()
          + (country == null ? "" : "|" + country.toUpperCase(Locale.ROOT));
    }
    return online ? ONLINE : null;
  }

  static String id(String verticalId, String nameKey, String dayKey, String placeKey) {
    String slug = nameKey.replace(' ', '-');
    if (slug.length() > SLUG_CHARS) slug = slug.substring(0, SLUG_CHARS);
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest((verticalId + "|" + nameKey + "|" + dayKey + "|" + placeKey).getBytes(StandardCharsets.UTF_8));
      return "ev-" + slug + "-" + dayKey + "-" + HexFormat.of().formatHex(d).substring(0, HASH_HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
