package verticalkb.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A list of words looked for anywhere in a class or id string, ASCII case ignored: what a Readability-style
 * alternation regex ({@code "banner|sidebar|most-?popular"}) answers with {@code find()}, without trying every
 * alternative at every position of the string. The list is written like that regex: words separated by {@code |},
 * {@code -?} for an optional hyphen, and a word with spaces around it ({@code " hid "}) matches only as a whole
 * space-separated word.
 */
final class Keywords {

  private final String[] words;

  private Keywords(String[] words) {
    this.words = words;
  }

  static Keywords of(String alternatives) {
    List<String> out = new ArrayList<>();
    for (String w : alternatives.split("\\|")) {
      String word = lower(w);
      int optional = word.indexOf("-?");
      if (optional >= 0) {
        out.add(word.substring(0, optional) + "-" + word.substring(optional + 2));
        out.add(word.substring(0, optional) + word.substring(optional + 2));
      } else {
        out.add(word);
      }
    }
    return new Keywords(out.toArray(String[]::new));
  }

  /** Whether any of the words occurs in the string. */
  boolean in(String s) {
    // the padding lets a word written with spaces around it match at the start and the end of the string too
    String padded = " " + lower(s) + " ";
    for (String w : words) {
      if (padded.contains(w)) return true;
    }
    return false;
  }

  /** ASCII-only lower case, as a CASE_INSENSITIVE regex without UNICODE_CASE compares. */
  private static String lower(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        char[] out = s.toCharArray();
        for (int j = i; j < out.length; j++) {
          if (out[j] >= 'A' && out[j] <= 'Z') out[j] = (char) (out[j] + ('a' - 'A'));
        }
        return new String(out);
      }
    }
    return s;
  }
}
