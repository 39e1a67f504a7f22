package verticalkb.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A cheap sentence {@link BreakIterator} for snippets: a sentence ends after {@code . ! ?} (and any closing quotes or
 * brackets) followed by white space and a character that is not a lower-case letter, and at every line or paragraph
 * break. The JDK's rule-based sentence iterator took about two thirds of the CPU of a search in a profile, for
 * boundaries the highlighter only uses to cut a passage of about the snippet length; this one is one pass over the
 * characters. With a longest sentence, a longer run of text without a sentence end (lower-case text, lists, run-on
 * prose) is also broken at the start of a word, so that a snippet stays near its length goal instead of becoming the
 * whole text. Not thread-safe, like every BreakIterator: the highlighter asks for a new one per use.
 */
public final class SentenceBreaks extends BreakIterator {

  /** Boundaries kept before the array grows; a typical snippet field has a few dozen sentences. */
  private static final int INITIAL_BOUNDARIES = 32;

  /** Longest sentence before a break at a word start is forced; 0: no limit. */
  private final int maxSentence;
  private String text = "";
  private int base;
  private int[] bounds = new int[INITIAL_BOUNDARIES];
  private int count;
  /** Index into {@link #bounds} of the current boundary. */
  private int at;

  /** Breaks at sentence ends only. */
  public SentenceBreaks() {
    this(0);
  }

  /** Breaks at sentence ends, and at the start of a word where a sentence would grow longer than {@code maxSentence}. */
  public SentenceBreaks(int maxSentence) {
    if (maxSentence < 0) throw new IllegalArgumentException("maxSentence must be 0 (no limit) or more, was " + maxSentence);
    this.maxSentence = maxSentence;
  }

  @Override
  public void setText(String newText) {
    text = newText;
    base = 0;
    scan();
  }

  @Override
  public void setText(CharacterIterator ci) {
    StringBuilder sb = new StringBuilder(ci.getEndIndex() - ci.getBeginIndex());
    for (char c = ci.first(); c != CharacterIterator.DONE; c = ci.next()) sb.append(c);
    text = sb.toString();
    base = ci.getBeginIndex();
    scan();
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text);
  }

  private void scan() {
    count = 0;
    add(0);
    String t = text;
    int n = t.length();
    int i = 0;
    // Start of the last word seen since the last boundary: where an over-long sentence is broken.
    int wordStart = 0;
    // The last boundary (bounds[count - 1]), in a local: the loop compares with it at every character.
    int last = 0;
    while (i < n) {
      if (maxSentence > 0 && i - last >= maxSentence && wordStart > last) last = add(wordStart);
      char c = t.charAt(i++);
      if (isSpace(c) && i < n && !isSpace(t.charAt(i))) wordStart = i;
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        if (c == '\r' && i < n && t.charAt(i) == '\n') i++;
        if (i < n) last = add(i);
      } else if (c == '.' || c == '!' || c == '?') {
        int j = i;
        while (j < n && isCloser(t.charAt(j))) j++;
        int k = j;
        while (k < n && (t.charAt(k) == ' ' || t.charAt(k) == '\t' || t.charAt(k) == '\u00a0')) k++;
        // "e.g. the" and "3.5" are not sentence ends; "end. The" and "end.\n" are.
        if (k > j && k < n && !Character.isLowerCase(t.charAt(k))) {
          last = add(k);
          i = k;
        }
      }
    }
    if (n > 0) add(n);
    at = 0;
  }

  /** {@link Character#isWhitespace}, answering the ASCII characters most text is made of without its table lookup. */
  static boolean isSpace(char c) {
    if (c > ' ') return c >= '\u0080' && Character.isWhitespace(c);
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019' || c == '\u00bb';
  }

  /** Adds a boundary unless it is the last one already; answers the last boundary (which is then {@code boundary}). */
  private int add(int boundary) {
    if (count > 0 && bounds[count - 1] == boundary) return boundary;
    if (count == bounds.length) bounds = Arrays.copyOf(bounds, count * 2);
    bounds[count++] = boundary;
    return boundary;
  }

  @Override
  public int first() {
    at = 0;
    return current();
  }

  @Override
  public int last() {
    at = count - 1;
    return current();
  }

  @Override
  public int current() {
    return base + bounds[at];
  }

  @Override
  public int next() {
    if (at >= count - 1) return DONE;
    at++;
    return current();
  }

  @Override
  public int previous() {
    if (at <= 0) return DONE;
    at--;
    return current();
  }

  @Override
  public int next(int n) {
    int result = current();
    for (int i = 0; i < Math.abs(n) && result != DONE; i++) result = n > 0 ? next() : previous();
    return result;
  }

  @Override
  public int following(int offset) {
    int rel = checked(offset);
    int i = Arrays.binarySearch(bounds, 0, count, rel);
    int next = i >= 0 ? i + 1 : -i - 1;
    if (next >= count) {
      at = count - 1;
      return DONE;
    }
    at = next;
    return current();
  }

  @Override
  public int preceding(int offset) {
    int rel = checked(offset);
    int i = Arrays.binarySearch(bounds, 0, count, rel);
    int prev = i >= 0 ? i - 1 : -i - 2;
    if (prev < 0) {
      at = 0;
      return DONE;
    }
    at = prev;
    return current();
  }

  @Override
  public boolean isBoundary(int offset) {
    int rel = checked(offset);
    int i = Arrays.binarySearch(bounds, 0, count, rel);
    if (i >= 0) {
      at = i;
      return true;
    }
    following(offset);
    return false;
  }

  private int checked(int offset) {
    int rel = offset - base;
    if (rel < 0 || rel > text.length()) {
      throw new IllegalArgumentException("offset " + offset + " is outside the text (" + base + ".." + (base + text.length()) + ")");
    }
    return rel;
  }

  @Override
  public SentenceBreaks clone() {
    SentenceBreaks copy = (SentenceBreaks) super.clone();
    copy.bounds = bounds.clone();
    return copy;
  }
}
