package verticalkb.briefing;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Whether a text names an account: whole words, case, accents and punctuation aside ("Acme Health" in "ACME-Health Inc."). */
final class AccountNames {

  private AccountNames() {}

  /** {@code text} lowercased, accents dropped, every run of non-letters and non-digits one space, padded with spaces. */
  static String key(String text) {
    if (text == null) return " ";
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return " " + s.replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip() + " ";
  }

  /** Whether {@code text} holds one of {@code names} as whole words. */
  static boolean mentions(String text, Collection<String> names) {
    if (text == null || text.isBlank()) return false;
    String t = key(text);
    for (String n : names) {
      String k = key(n);
      if (!k.isBlank() && t.contains(k)) return true;
    }
    return false;
  }
}
