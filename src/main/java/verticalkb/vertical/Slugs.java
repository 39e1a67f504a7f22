package verticalkb.vertical;

import java.text.Normalizer;
import java.util.Locale;

/** Makes readable ids out of names: "Modern Healthcare (RSS)" becomes {@code modern-healthcare-rss}. */
public final class Slugs {

  private static final int MAX_LENGTH = 63;

  private Slugs() {}

  public static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    if (s.length() > MAX_LENGTH) s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    return s.isEmpty() ? "source" : s;
  }
}
