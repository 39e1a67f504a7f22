package verticalkb.bench;

import java.util.Random;

/**
 * Wraps a generated article page ({@link CrawlBench#article}) in the boilerplate of a real news page: inline styles
 * and scripts in the head, a mega menu, a sidebar with most-read lists and ad slots, related cards, a long footer and
 * a trailing inline JSON state. Sizes follow the real pages of {@code benchdata/article-extraction-benchmark}: a
 * log-normal with a median of {@value #MEDIAN_BYTES} bytes and a 90th percentile of {@value #P90_BYTES}, about 40 %
 * of it in scripts and styles, about 140 links on a median page (the real pages: 141), an SVG icon sprite and
 * text blocks without links (consent banner, promotions). Every link points to a page of the generated site or
 * to another site (out of scope), so the crawl stays at the same pages. Deterministic per page number.
 */
final class RealisticPage {

  /** Median and 90th percentile of the real pages' HTML size (109 pages of the extraction benchmark). */
  static final int MEDIAN_BYTES = 117 * 1024;
  static final int P90_BYTES = 290 * 1024;
  /** The real pages' range: no page smaller or larger. */
  private static final int MIN_BYTES = 32 * 1024;
  private static final int MAX_BYTES = 1400 * 1024;
  /** z of the 90th percentile of a standard normal. */
  private static final double Z90 = 1.2816;
  /** Shares of the boilerplate: head styles, head scripts, trailing JSON state; the rest is markup. */
  private static final double STYLE_SHARE = 0.10;
  private static final double SCRIPT_SHARE = 0.10;
  private static final double STATE_SHARE = 0.20;
  /** Of the markup: the menu, the sidebar, the related cards, the footer, the icons; the rest is promotions. */
  private static final double MENU_SHARE = 0.10;
  private static final double SIDEBAR_SHARE = 0.10;
  private static final double CARDS_SHARE = 0.15;
  private static final double FOOTER_SHARE = 0.05;
  private static final double ICONS_SHARE = 0.30;
  private static final int MENU_GROUP = 10;
  private static final String[] HEADLINE = ("board approves budget for new ward as waiting lists grow while staff "
      + "shortages persist and insurers review claims rules after audit of rural clinics in the region").split(" ");

  private final int first;
  private final int pages;
  private final int sections;

  /** Pages numbered {@code first} to {@code first + pages - 1}, the only ones the boilerplate links to. */
  RealisticPage(int first, int pages, int sections) {
    this.first = first;
    this.pages = pages;
    this.sections = sections;
  }

  /** The size page {@code i} is given, drawn from the log-normal. */
  static int targetBytes(int i) {
    double sigma = Math.log((double) P90_BYTES / MEDIAN_BYTES) / Z90;
    double size = MEDIAN_BYTES * Math.exp(sigma * new Random(i * 31L + 7).nextGaussian());
    return (int) Math.max(MIN_BYTES, Math.min(MAX_BYTES, size));
  }

  /** The small page {@code article} of number {@code i}, with boilerplate up to its target size. */
  String wrap(String article, int i) {
    Random r = new Random(i);
    int budget = Math.max(0, targetBytes(i) - article.length());
    int markup = (int) (budget * (1 - STYLE_SHARE - SCRIPT_SHARE - STATE_SHARE));
    String head = style(r, (int) (budget * STYLE_SHARE)) + script(r, (int) (budget * SCRIPT_SHARE));
    String menu = menu(r, (int) (markup * MENU_SHARE));
    String sidebar = sidebar(r, (int) (markup * SIDEBAR_SHARE));
    String cards = cards(r, (int) (markup * CARDS_SHARE));
    String footer = footer(r, (int) (markup * FOOTER_SHARE));
    String icons = icons(r, (int) (markup * ICONS_SHARE));
    String promos = promos(r, (int) (markup * (1 - MENU_SHARE - SIDEBAR_SHARE - CARDS_SHARE - FOOTER_SHARE - ICONS_SHARE)));
    String state = state(r, (int) (budget * STATE_SHARE));
    StringBuilder b = new StringBuilder(article.length() + budget + 1024);
    int at = 0;
    at = insert(b, article, at, "</head>", head, true);
    at = insert(b, article, at, "<body>", icons, false);
    at = insert(b, article, at, "<header>", menu, false);
    at = insert(b, article, at, "</article>", sidebar, false);
    at = insert(b, article, at, "</ul></aside>", cards, true);
    at = insert(b, article, at, "</footer>", footer + promos, true);
    at = insert(b, article, at, "</body>", state, true);
    return b.append(article, at, article.length()).toString();
  }

  /** Copies {@code page} up to {@code tag} (from {@code at}), puts {@code text} before or after the tag; answers where to go on. */
  private static int insert(StringBuilder b, String page, int at, String tag, String text, boolean before) {
    int i = page.indexOf(tag, at);
    if (i < 0) throw new IllegalStateException("the generated page has no " + tag);
    if (before) b.append(page, at, i).append(text).append(tag);
    else b.append(page, at, i).append(tag).append(text);
    return i + tag.length();
  }

  private static String icons(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 512).append("<svg xmlns=\"http://www.w3.org/2000/svg\" style=\"display:none\">");
    for (int k = 0; b.length() < bytes; k++) {
      b.append("<symbol id=\"icon-").append(k).append("\" viewBox=\"0 0 24 24\"><path d=\"M").append(r.nextInt(24));
      for (int p = 0; p < 24; p++) b.append(p % 3 == 0 ? " C" : " ").append(r.nextInt(240) / 10.0).append(',').append(r.nextInt(240) / 10.0);
      b.append("Z\"/></symbol>");
    }
    return b.append("</svg>").toString();
  }

  private static String promos(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 512).append("<div class=\"c-consent\" role=\"dialog\"><p class=\"c-consent__text\">")
        .append("We and our partners use cookies to personalise content and measure audiences.</p><button class=\"c-btn\">Accept</button></div>");
    while (b.length() < bytes) {
      b.append("<div class=\"c-promo c-promo--").append(r.nextInt(8)).append("\"><div class=\"c-promo__inner\"><h4 class=\"c-promo__title\">")
          .append(headline(r)).append("</h4><p class=\"c-promo__text\"><span class=\"c-promo__kicker\">Subscribers</span> ")
          .append(headline(r)).append("</p></div></div>");
    }
    return b.toString();
  }

  private static String style(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 256).append("<style>");
    for (int k = 0; b.length() < bytes; k++) {
      b.append(".c-block-").append(k).append("__item--").append(r.nextInt(50)).append("{margin:0 ").append(r.nextInt(24))
          .append("px;padding:").append(r.nextInt(16)).append("px 8px;color:#").append(Integer.toHexString(0x100000 + r.nextInt(0xEFFFFF)))
          .append(";font:14px/1.4 Georgia,serif}@media (min-width:768px){.c-block-").append(k).append("{display:flex}}\n");
    }
    return b.append("</style>").toString();
  }

  private static String script(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 256).append("<script>");
    for (int k = 0; b.length() < bytes; k++) {
      b.append("function f").append(k).append("(a,b){var c=").append(r.nextInt(1000))
          .append(";return a&&b?a.concat(b).filter(function(x){return x.id!==c}):window.__q&&window.__q.push(['evt',")
          .append(k).append("])}\n");
    }
    return b.append("</script>").toString();
  }

  private String menu(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 512).append("<nav class=\"c-mega-menu\" aria-label=\"Sections\"><ul class=\"c-mega-menu__list\">");
    for (int g = 0; b.length() < bytes; g++) {
      b.append("<li class=\"c-mega-menu__group\"><span class=\"c-mega-menu__heading\">Topic ").append(g).append("</span><ul>");
      for (int k = 0; k < MENU_GROUP; k++) {
        int s = r.nextInt(sections);
        b.append("<li class=\"c-mega-menu__item c-mega-menu__item--level2\"><a class=\"c-mega-menu__link\" href=\"/s/").append(s)
            .append(".html\" data-track=\"nav|").append(s).append("\">Section ").append(s).append(" news</a></li>");
      }
      b.append("</ul></li>");
    }
    return b.append("</ul></nav>").toString();
  }

  private String sidebar(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 512).append("<aside class=\"l-sidebar\"><h2 class=\"c-most-read__title\">Most read</h2><ol class=\"c-most-read\">");
    for (int k = 0; b.length() < bytes; k++) {
      if (k % 10 == 9) {
        b.append("</ol><div class=\"ad-slot ad-slot--mpu\" id=\"ad-").append(k).append("\" data-size=\"300x250\" data-targeting=\"section=health\"></div><ol class=\"c-most-read\">");
      }
      b.append("<li class=\"c-most-read__item\"><a class=\"c-most-read__link\" href=\"/a/").append(first + r.nextInt(pages))
          .append(".html\"><span class=\"c-most-read__rank\">").append(k + 1).append("</span>").append(headline(r)).append("</a></li>");
    }
    return b.append("</ol></aside>").toString();
  }

  private String cards(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 512).append("<section class=\"c-related\"><h2>More on this story</h2>");
    while (b.length() < bytes) {
      int a = first + r.nextInt(pages);
      b.append("<div class=\"c-card c-card--compact\"><a class=\"c-card__link\" href=\"/a/").append(a).append(".html\">")
          .append("<img class=\"c-card__img\" src=\"/img/").append(a).append(".jpg\" alt=\"\" loading=\"lazy\" width=\"300\" height=\"200\">")
          .append("<h3 class=\"c-card__title\">").append(headline(r)).append("</h3><p class=\"c-card__teaser\">").append(headline(r))
          .append(' ').append(headline(r)).append("</p></a><span class=\"c-card__meta\">").append(1 + r.nextInt(12))
          .append(" min read</span></div>");
    }
    return b.append("</section>").toString();
  }

  private static String footer(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 512).append("<div class=\"c-footer\"><ul class=\"c-footer__links\">");
    for (int k = 0; b.length() < bytes; k++) {
      b.append("<li class=\"c-footer__item\"><a class=\"c-footer__link\" href=\"https://partner").append(k % 20)
          .append(".example.org/").append(r.nextInt(1000)).append("\" rel=\"noopener\">Partner service ").append(k).append("</a></li>");
      if (k % 25 == 24) {
        b.append("</ul><form class=\"c-newsletter\" action=\"https://newsletter.example.org/subscribe\"><label>E-mail <input type=\"email\" name=\"e\"></label>")
            .append("<button type=\"submit\">Subscribe</button></form><ul class=\"c-footer__links\">");
      }
    }
    return b.append("</ul><p class=\"c-footer__legal\">© 2026 Generated Health News. All rights reserved.</p></div>").toString();
  }

  private String state(Random r, int bytes) {
    StringBuilder b = new StringBuilder(bytes + 256).append("<script id=\"__STATE__\" type=\"application/json\">{\"items\":[");
    for (int k = 0; b.length() < bytes; k++) {
      if (k > 0) b.append(',');
      int a = first + r.nextInt(pages);
      b.append("{\"id\":").append(a).append(",\"slug\":\"article-").append(a).append("\",\"section\":").append(r.nextInt(sections))
          .append(",\"title\":\"").append(headline(r)).append("\",\"flags\":{\"paywall\":").append(r.nextBoolean()).append("}}");
    }
    return b.append("]}</script>").toString();
  }

  private static String headline(Random r) {
    StringBuilder b = new StringBuilder();
    int words = 6 + r.nextInt(6);
    for (int w = 0; w < words; w++) b.append(w == 0 ? "" : " ").append(HEADLINE[r.nextInt(HEADLINE.length)]);
    return Character.toUpperCase(b.charAt(0)) + b.substring(1);
  }
}
