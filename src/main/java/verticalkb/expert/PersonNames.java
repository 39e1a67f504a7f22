package verticalkb.expert;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comparison keys for people, organisations and profile URLs: "Dr. Jane A. O'Neill, PhD" and "jane oneill" are one
 * key; "Acme Health, Inc." and "ACME Health" are one organisation.
 */
public final class PersonNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
  /** Honorifics and post-nominals that say nothing of who someone is. */
  private static final Set<String> TITLES = Set.of("dr", "doctor", "prof", "professor", "mr", "mrs", "ms", "miss", "mx",
      "sir", "dame", "rev", "revd", "hon", "phd", "md", "mba", "msc", "bsc", "ma", "ba", "mph", "rn", "frcs", "frcp",
      "mrcp", "facp", "facs", "cpa", "cfa", "esq", "jr", "sr", "ii", "iii", "obe", "mbe", "cbe", "pe", "dphil", "llm");
  /** Legal forms and fillers that differ between spellings of one organisation. */
  private static final Set<String> ORG_NOISE = Set.of("the", "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc",
      "gmbh", "ag", "sa", "nv", "bv", "corp", "corporation", "co", "company", "dac", "ulc", "pty", "oy", "ab", "spa");

  private PersonNames() {}

  /** The person key: accents folded, lower case, titles and initials dropped; "Smith, Jane" read as "Jane Smith". */
  public static String personKey(String name) {
    if (name == null) return "";
    String s = PARENTHESES.matcher(name).replaceAll(" ");
    String[] commaParts = s.split(",");
    List<String> parts = new ArrayList<>();
    for (String p : commaParts) {
      List<String> words = words(p).stream().filter(w -> !TITLES.contains(w)).toList();
      if (!words.isEmpty()) parts.add(String.join(" ", words));
    }
    // "Smith, Jane" (two single-word parts once post-nominals are gone) is surname first.
    if (parts.size() == 2 && !parts.get(0).contains(" ")) parts = List.of(parts.get(1), parts.get(0));
    List<String> kept = new ArrayList<>();
    for (String w : String.join(" ", parts).split(" ")) {
      if (w.length() > 1 && !TITLES.contains(w)) kept.add(w);
    }
    return String.join(" ", kept);
  }

  /** The organisation key: accents folded, lower case, "&" as "and", legal forms dropped. */
  public static String orgKey(String org) {
    if (org == null) return "";
    List<String> words = words(org.replace("&", " and ")).stream().filter(w -> !ORG_NOISE.contains(w)).toList();
    return String.join(" ", words);
  }

  /** A profile URL without scheme, "www.", query, fragment and trailing slash, lower-cased host; "" when absent. */
  public static String profileKey(String url) {
    if (url == null || url.isBlank()) return "";
    try {
      URI u = URI.create(url.strip());
      if (u.getHost() == null) return url.strip().toLowerCase(Locale.ROOT);
      String host = u.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
      return host + path;
    } catch (IllegalArgumentException e) {
      return url.strip().toLowerCase(Locale.ROOT);
    }
  }

  /** Lower-case, accent-free words of the text, apostrophes joined ("O'Neill" is one word). */
  static List<String> words(String s) {
    String folded = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    folded = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    String cleaned = NON_WORD.matcher(folded).replaceAll(" ").strip();
    return cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
  }
}
