package verticalkb.places;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The comparison key of a place name: accents folded, lower case, punctuation as single spaces. */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  static String key(String s) {
    if (s == null) return "";
    String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
