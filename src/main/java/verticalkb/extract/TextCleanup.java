package verticalkb.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The last pass over the blocks of a main text: drops the date and byline lines that survive the DOM cleaning at
 * the start and end of an article ("Updated 5:27 am CST, November 20, 2019"); they are metadata, not prose.
 */
final class TextCleanup {

  /** Date lines are short; how many blocks at each edge of the text are looked at. */
  private static final int META_LINE_MAX_CHARS = 100;
  private static final int EDGE_BLOCKS = 3;
  private static final Pattern DATE_LINE = Pattern.compile(
      "\\b(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}:\\d{2}\\s*([ap]\\.?m\\.?)?|"
          + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})\\b",
      Pattern.CASE_INSENSITIVE);

  private TextCleanup() {}

  static String text(List<TextRenderer.Block> blocks) {
    List<TextRenderer.Block> kept = blocks;
    int n = kept.size();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      TextRenderer.Block b = kept.get(i);
      boolean edge = i < EDGE_BLOCKS || i >= n - EDGE_BLOCKS;
      if (edge && n > 2 * EDGE_BLOCKS && metaLine(b.text())) continue;
      if (!out.isEmpty()) out.append('\n');
      out.append(b.text());
    }
    return out.toString();
  }

  private static boolean metaLine(String text) {
    return text.length() <= META_LINE_MAX_CHARS && DATE_LINE.matcher(text).find();
  }
}
