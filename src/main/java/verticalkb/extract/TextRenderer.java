package verticalkb.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as plain text the way a reader sees it: block elements start new paragraphs, inline runs
 * join with single spaces, and paragraphs are separated by newlines. Iterative, so any depth is safe.
 */
final class TextRenderer {

  private TextRenderer() {}

  /** One rendered block: its text and how much of it was link text. */
  record Block(String text, int linkChars) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
  }

  static String text(Element root) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks(root)) {
      if (!out.isEmpty()) out.append('\n');
      out.append(b.text());
    }
    return out.toString();
  }

  static List<Block> blocks(Element root) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int[] linkChars = {0};
    int[] inLink = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          int before = current.length();
          append(current, t.getWholeText(), node.parent() instanceof Element p && p.normalName().equals("pre"));
          if (inLink[0] > 0) linkChars[0] += current.length() - before;
        } else if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a")) inLink[0]++;
          if (MainContent.BLOCK_TAGS.contains(tag)) flush(blocks, current, linkChars);
          else if (tag.equals("td") || tag.equals("th")) current.append(' ');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          String tag = e.normalName();
          if (tag.equals("a")) inLink[0]--;
          if (MainContent.BLOCK_TAGS.contains(tag)) flush(blocks, current, linkChars);
        }
      }
    }, root);
    flush(blocks, current, linkChars);
    return blocks;
  }

  private static void append(StringBuilder sb, String text, boolean pre) {
    boolean space = sb.isEmpty() || sb.charAt(sb.length() - 1) == ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || Character.isISOControl(c)) {
        if (!space) {
          sb.append(' ');
          space = true;
        }
      } else {
        sb.append(c);
        space = false;
      }
    }
  }

  private static void flush(List<Block> blocks, StringBuilder current, int[] linkChars) {
    String text = current.toString().strip();
    if (!text.isEmpty()) blocks.add(new Block(text, Math.min(linkChars[0], text.length())));
    current.setLength(0);
    linkChars[0] = 0;
  }
}
