package verticalkb.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of an article page by content scoring, in the manner of Arc90 Readability: boilerplate is
 * pruned (navigation, hidden and unlikely blocks by tag, ARIA role, class and id), every paragraph scores its
 * ancestors by length and commas, scores are damped by link density, the best container and its qualifying
 * siblings are kept, and the kept tree is cleaned of link lists, forms and media blocks before it is rendered.
 * <p>
 * It works on the document it is given (and changes it), in time linear in the number of nodes: statistics are
 * computed once bottom-up, and nothing recurses, so hostile nesting cannot overflow the stack. Not thread-safe
 * per document; the class itself is stateless.
 */
final class MainContent {

  /** Elements never part of a main text. */
  private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "iframe", "object",
      "embed", "svg", "canvas", "button", "input", "select", "textarea", "nav", "aside", "footer", "dialog", "menu",
      "link", "meta", "head", "form-control", "audio", "video", "map", "math", "label", "option", "datalist",
      "figcaption");
  private static final Set<String> DROP_ROLES = Set.of("navigation", "contentinfo", "complementary", "dialog",
      "alertdialog", "search", "menu", "menubar", "banner", "toolbar", "tablist", "tooltip");
  /** Class and id words of blocks that are almost never the article (Readability's list, extended). */
  private static final Keywords UNLIKELY = Keywords.of(
      "-ad-|ai2html|banner|breadcrumb|combx|comment|communit|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
          + "related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
          + "pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscribe|signup|share|sharing|promo|"
          + "outbrain|taboola|recirc|most-?popular|trending|modal|masthead|toolbar|byline|author-?info|"
          + "tags|tag-?list|keywords|caption|credit|skip-?link|visually-?hidden|sr-only|screen-?reader|print-?only");
  private static final Keywords MAYBE = Keywords.of("and|article|body|column|content|main|shadow|story|entry|post|text");
  private static final Keywords POSITIVE = Keywords.of(
      "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose|rich-?text");
  private static final Keywords NEGATIVE = Keywords.of(
      "-ad-|hidden| hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|"
          + "meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|"
          + "newsletter|subscribe|recommend|popular|teaser|caption|byline|author");
  private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
      Pattern.CASE_INSENSITIVE);
  /** Elements that are paragraphs of text when they hold text themselves. */
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4",
      "h5", "h6", "dd", "section", "div", "article", "center", "main");
  static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
      "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
      "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
      "thead", "tfoot", "tr", "td", "th", "ul", "br", "caption", "body", "html");

  /** A paragraph shorter than this says nothing about its container (Readability's 25 characters). */
  private static final int MIN_PARAGRAPH_CHARS = 25;
  /** Ancestor levels a paragraph's score reaches (Readability: 5). */
  private static final int SCORE_LEVELS = 5;
  private static final int CLASS_WEIGHT = 25;
  /** A sibling joins the article with this share of the best score (Readability: 0.2), and never below the floor. */
  private static final double SIBLING_SHARE = 0.2;
  private static final double SIBLING_FLOOR = 10;
  /** A paragraph-like sibling joins when long and nearly link-free, or short and link-free ending a sentence. */
  private static final int SIBLING_LONG_CHARS = 80;
  private static final double SIBLING_LINK_DENSITY = 0.25;
  /** Several near-best candidates under one ancestor mean the article is that ancestor (Readability: 0.75, 3). */
  private static final double ALTERNATIVE_SHARE = 0.75;
  private static final int ALTERNATIVES_NEEDED = 3;
  private static final int TOP_CANDIDATES = 5;
  /** Blocks with fewer commas than this are checked for being boilerplate (Readability: 10). */
  private static final int CLEAN_COMMAS = 10;
  /** A figure with less text than this holds a caption, not a part of the article. */
  private static final int FIGURE_MAX_CHARS = 300;
  /** An unlikely-named block that holds this much paragraph text is kept anyway: it is a misnamed wrapper. */
  private static final int PROTECTED_TEXT_CHARS = 1000;

  /** Per-element statistics, gathered bottom-up in one pass. */
  static final class Stats {
    int textChars;
    int linkChars;
    int commas;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int headingChars;
    int embeds;
    double score;
    boolean candidate;

    double linkDensity() {
      return textChars == 0 ? 0 : (double) linkChars / textChars;
    }
  }

  private final Map<Element, Stats> stats = new IdentityHashMap<>();
  /** The body and every element under it in document order, as the last gathering met them. */
  private final List<Element> elements = new ArrayList<>();
  /** Class names repeat across a page: each distinct class/id string is matched against the patterns once. */
  private final Map<String, Boolean> unlikelyNames = new java.util.HashMap<>();
  private final Map<String, Integer> classWeights = new java.util.HashMap<>();

  private boolean unlikely(String names) {
    return unlikelyNames.computeIfAbsent(names, n -> UNLIKELY.in(n) && !MAYBE.in(n));
  }

  /** The main content element of the document (changed in place), or null when the body holds no text. */
  static Element find(Document doc) {
    return new MainContent().run(doc);
  }

  private Element run(Document doc) {
    Element body = doc.body();
    if (body == null) return null;
    gather(body);
    prune(body);
    stats.clear();
    elements.clear();
    gather(body);
    List<Element> candidates = score();
    if (candidates.isEmpty()) return body;
    Element top = pickTop(candidates, body);
    Element article = withSiblings(top);
    clean(article);
    return article;
  }

  // ---- pruning ----------------------------------------------------------------------------------------------

  private void prune(Element body) {
    List<Element> drop = new ArrayList<>();
    for (Element e : elements) {
      if (e == body) continue;
      String tag = e.normalName();
      if (DROP_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) && !hasText(e)
          || DROP_ROLES.contains(e.attr("role").toLowerCase(java.util.Locale.ROOT))
          || HIDDEN_STYLE.matcher(e.attr("style")).find()
          || tag.equals("header") && !holdsArticle(e, body)) {
        drop.add(e);
      } else if (!tag.equals("article") && !tag.equals("main") && !tag.equals("a") && !tag.equals("p")) {
        String names = e.className() + " " + e.id();
        if (names.length() > 1 && unlikely(names) && !holdsArticle(e, body)) {
          drop.add(e);
        }
      }
    }
    for (Element e : drop) {
      if (e.parent() != null) e.remove();
    }
  }

  private static boolean hasText(Element e) {
    return e.textNodes().stream().anyMatch(t -> !t.isBlank());
  }

  /**
   * Whether a block named or tagged like boilerplate is really a wrapper around the article: it holds most of the
   * page's prose (an unclosed header div swallowing the page is common).
   */
  private boolean holdsArticle(Element e, Element body) {
    Stats s = stats(e);
    Stats all = stats(body);
    int prose = s.textChars - s.linkChars;
    return prose > PROTECTED_TEXT_CHARS && prose * 2 > all.textChars - all.linkChars;
  }

  // ---- statistics -------------------------------------------------------------------------------------------

  private void gather(Element body) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          stats.put(e, new Stats());
          elements.add(e);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t) {
          Element parent = (Element) t.parent();
          if (parent == null) return;
          Stats s = stats.get(parent);
          if (s == null) return;
          // one scan gives both counts: text nodes are most of a page's characters
          long counts = visibleCharsAndCommas(t.getWholeText());
          int chars = (int) (counts >>> 32);
          s.textChars += chars;
          s.commas += (int) counts;
          // a run of text straight inside a block (text separated by <br>) is a paragraph, as Readability makes it one
          if (chars >= MIN_PARAGRAPH_CHARS && !parent.normalName().equals("p") && BLOCK_TAGS.contains(parent.normalName())) {
            s.paragraphs++;
          }
        } else if (node instanceof Element e) {
          Stats s = stats.get(e);
          switch (e.normalName()) {
            case "a" -> s.linkChars = s.textChars;
            case "p" -> s.paragraphs++;
            case "img", "picture" -> s.images++;
            case "li" -> s.listItems++;
            case "input", "select", "textarea" -> s.inputs++;
            case "h1", "h2", "h3", "h4", "h5", "h6" -> s.headingChars = s.textChars;
            case "embed", "object", "iframe", "video", "audio" -> s.embeds++;
            default -> { }
          }
          Element parent = e.parent();
          Stats p = parent == null ? null : stats.get(parent);
          if (p != null) {
            p.textChars += s.textChars;
            p.linkChars += s.linkChars;
            p.commas += s.commas;
            p.paragraphs += s.paragraphs;
            p.images += s.images;
            p.listItems += s.listItems;
            p.inputs += s.inputs;
            p.headingChars += s.headingChars;
            p.embeds += s.embeds;
          }
        }
      }
    }, body);
  }

  /** Characters of text as rendered: runs of whitespace count as one. */
  static int visibleChars(String text) {
    return (int) (visibleCharsAndCommas(text) >>> 32);
  }

  private static int countCommas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isComma(text.charAt(i))) n++;
    }
    return n;
  }

  /** {@link #visibleChars} in the high 32 bits and {@link #countCommas} in the low 32, from one scan. */
  static long visibleCharsAndCommas(String text) {
    int n = 0;
    int commas = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c < 0x7f) {
        // printable ASCII, most of the text: never whitespace, and only ',' is a comma
        n++;
        space = false;
        if (c == ',') commas++;
      } else if (Character.isWhitespace(c) || c == '\u00a0') {
        if (!space) n++;
        space = true;
      } else {
        n++;
        space = false;
        if (isComma(c)) commas++;
      }
    }
    return (long) n << 32 | commas;
  }

  private static boolean isComma(char c) {
    return switch (c) {
      case ',', '，', '、', '،' -> true;
      default -> false;
    };
  }

  Stats stats(Element e) {
    Stats s = stats.get(e);
    return s == null ? new Stats() : s;
  }

  // ---- scoring ----------------------------------------------------------------------------------------------

  private List<Element> score() {
    List<Element> candidates = new ArrayList<>();
    for (Element e : elements) {
      String tag = e.normalName();
      if (!PARAGRAPH_TAGS.contains(tag)) continue;
      int own = ownTextChars(e);
      boolean paragraph = switch (tag) {
        case "p", "pre", "td", "blockquote", "li", "h2", "h3", "h4", "h5", "h6", "dd" -> true;
        // a container with text of its own (not wrapped in p) is a paragraph too, as Readability treats such divs
        default -> own >= MIN_PARAGRAPH_CHARS;
      };
      if (!paragraph) continue;
      Stats s = stats(e);
      int chars = isTextTag(tag) ? s.textChars : own;
      if (chars < MIN_PARAGRAPH_CHARS) continue;
      if (isTextTag(tag) && s.linkDensity() > 0.5) continue;
      double contentScore = 1 + (isTextTag(tag) ? s.commas : countOwnCommas(e)) + Math.min(chars / 100, 3);
      Element ancestor = isTextTag(tag) ? e.parent() : e;
      for (int level = 0; ancestor != null && level < SCORE_LEVELS; level++, ancestor = ancestor.parent()) {
        if (ancestor.parent() == null) break;
        Stats a = stats(ancestor);
        if (!a.candidate) {
          a.candidate = true;
          a.score = initialScore(ancestor);
          candidates.add(ancestor);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        a.score += contentScore / divider;
      }
    }
    return candidates;
  }

  private static boolean isTextTag(String tag) {
    return switch (tag) {
      case "p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6", "dd" -> true;
      default -> false;
    };
  }

  private static int ownTextChars(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) n += visibleChars(t.getWholeText().strip());
    }
    return n;
  }

  private static int countOwnCommas(Element e) {
    int n = 0;
    for (Node c : e.childNodes()) {
      if (c instanceof TextNode t) n += countCommas(t.getWholeText());
    }
    return n;
  }

  private double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + classWeight(e);
  }

  private int classWeight(Element e) {
    String cls = e.className();
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) return 0;
    return classWeights.computeIfAbsent(cls + "#" + id, k -> weigh(cls, id));
  }

  private static int weigh(String cls, String id) {
    int w = 0;
    if (!cls.isEmpty()) {
      if (NEGATIVE.in(cls)) w -= CLASS_WEIGHT;
      if (POSITIVE.in(cls)) w += CLASS_WEIGHT;
    }
    if (!id.isEmpty()) {
      if (NEGATIVE.in(id)) w -= CLASS_WEIGHT;
      if (POSITIVE.in(id)) w += CLASS_WEIGHT;
    }
    return w;
  }

  private double finalScore(Element e) {
    Stats s = stats(e);
    return s.score * (1 - s.linkDensity());
  }

  private Element pickTop(List<Element> candidates, Element body) {
    candidates.sort((a, b) -> Double.compare(finalScore(b), finalScore(a)));
    Element top = candidates.get(0);
    double topScore = finalScore(top);
    // Readability: when several strong candidates share an ancestor, the article is that ancestor.
    List<Element> alternatives = new ArrayList<>();
    for (int i = 1; i < Math.min(TOP_CANDIDATES, candidates.size()); i++) {
      if (finalScore(candidates.get(i)) / topScore >= ALTERNATIVE_SHARE) alternatives.add(candidates.get(i));
    }
    if (alternatives.size() >= ALTERNATIVES_NEEDED) {
      Element parent = top.parent();
      while (parent != null && parent != body) {
        int containing = 0;
        for (Element alt : alternatives) {
          if (isAncestor(parent, alt)) containing++;
        }
        if (containing >= ALTERNATIVES_NEEDED) {
          top = parent;
          break;
        }
        parent = parent.parent();
      }
    }
    // Walk up while the parent scores higher: a container split into scored parts is the article.
    Element parent = top.parent();
    double last = finalScore(top);
    double threshold = last / 3;
    while (parent != null && parent != body) {
      Stats ps = stats(parent);
      if (!ps.candidate) {
        parent = parent.parent();
        continue;
      }
      double ps1 = finalScore(parent);
      if (ps1 < threshold) break;
      if (ps1 > last) {
        top = parent;
        break;
      }
      last = ps1;
      parent = parent.parent();
    }
    // An only child is as good as its parent, which may hold more of the article.
    while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
      top = top.parent();
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) return true;
    }
    return false;
  }

  // ---- siblings ---------------------------------------------------------------------------------------------

  private Element withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) return top;
    double topScore = finalScore(top);
    double threshold = Math.max(SIBLING_FLOOR, topScore * SIBLING_SHARE);
    Element article = new Element("div");
    List<Element> siblings = new ArrayList<>(parent.children());
    for (Element sibling : siblings) {
      boolean append = sibling == top;
      if (!append) {
        Stats s = stats(sibling);
        double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * SIBLING_SHARE : 0;
        if (s.candidate && finalScore(sibling) + bonus >= threshold) {
          append = true;
        } else if (sibling.normalName().equals("p")) {
          double density = s.linkDensity();
          String text = sibling.text();
          if (text.length() > SIBLING_LONG_CHARS && density < SIBLING_LINK_DENSITY) {
            append = true;
          } else if (!text.isEmpty() && text.length() <= SIBLING_LONG_CHARS && density == 0 && endsSentence(text)) {
            append = true;
          }
        }
      }
      if (append) article.appendChild(sibling);
    }
    stats.put(article, stats(top));
    return article;
  }

  private static boolean endsSentence(String text) {
    char last = text.charAt(text.length() - 1);
    return ".!?。！？\"”».".indexOf(last) >= 0;
  }

  // ---- cleaning ---------------------------------------------------------------------------------------------

  private void clean(Element article) {
    List<Element> drop = new ArrayList<>();
    for (Element e : article.getAllElements()) {
      if (e == article) continue;
      String tag = e.normalName();
      switch (tag) {
        case "table", "ul", "ol", "div", "section", "dl", "aside" -> {
          if (boilerplateBlock(e)) drop.add(e);
        }
        // the page title is metadata, not body text (the article's h1 repeats it)
        case "h1" -> drop.add(e);
        // a figure is an image with its caption and credit, not prose
        case "figure" -> {
          if (stats(e).textChars < FIGURE_MAX_CHARS) drop.add(e);
        }
        case "h2", "h3" -> {
          if (classWeight(e) < 0 || stats(e).linkDensity() > 0.33) drop.add(e);
        }
        case "p" -> {
          Stats s = stats(e);
          if (s.textChars > 0 && s.linkDensity() > 0.5 && s.textChars < SIBLING_LONG_CHARS * 3) drop.add(e);
        }
        default -> { }
      }
    }
    for (Element e : drop) {
      if (e.parent() != null && isAncestorOrSelf(article, e)) e.remove();
    }
  }

  private static boolean isAncestorOrSelf(Element ancestor, Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) return true;
    }
    return false;
  }

  /** Readability's conditional cleaning: lists of links, image galleries, forms and embeds with little prose. */
  private boolean boilerplateBlock(Element e) {
    Stats s = stats(e);
    int weight = classWeight(e);
    double score = s.candidate ? s.score : 0;
    if (weight + score < 0) return true;
    if (s.commas >= CLEAN_COMMAS) return false;
    String tag = e.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl");
    int p = s.paragraphs;
    int img = s.images;
    int li = s.listItems - (list ? countDirect(e, "li") : 0);
    double linkDensity = s.linkDensity();
    int length = s.textChars;
    double headingDensity = length == 0 ? 0 : (double) s.headingChars / length;
    boolean inFigure = e.closest("figure") != null;
    if (img > 1 && (double) p / img < 0.5 && !inFigure) return true;
    if (!list && li > p + 1 && linkDensity > 0.2) return true;
    if (s.inputs > p / 3 + 1) return true;
    if (!list && headingDensity < 0.9 && length < MIN_PARAGRAPH_CHARS && (img == 0 || img > 2) && !inFigure) return true;
    if (!list && weight < CLASS_WEIGHT && linkDensity > 0.2 + (length > 1000 ? 0.1 : 0)) return true;
    if (weight >= CLASS_WEIGHT && linkDensity > 0.5) return true;
    if (s.embeds == 1 && length < 75 || s.embeds > 1) return true;
    if (list && linkDensity > 0.5) return true;
    return false;
  }

  private static int countDirect(Element e, String tag) {
    int n = 0;
    for (Element c : e.children()) if (c.normalName().equals(tag)) n++;
    return n;
  }
}
