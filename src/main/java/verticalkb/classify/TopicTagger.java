package verticalkb.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import verticalkb.vertical.CatalogueModel.Account;
import verticalkb.vertical.CatalogueModel.Topic;

/**
 * Tags a text with the topics of a vertical's taxonomy whose keywords it uses, and with the target accounts it
 * names (by name, alias or web domain). Matching is on whole words of the normalised text ({@link SimHash#normalise}),
 * so "AI" does not match "maintain" and accents or case do not matter. Stateless and thread-safe.
 */
public final class TopicTagger {

  /** Keyword hits a topic needs; a hit in the title counts double. */
  private final int minHits;

  public TopicTagger(int minHits) {
    this.minHits = minHits;
  }

  /** The ids of the topics whose keywords the title and text use often enough, in taxonomy order. */
  public List<String> topics(String title, String text, List<Topic> topics) {
    return topicsOfNormalised(SimHash.normalise(title), SimHash.normalise(text), topics);
  }

  /** {@link #topics} of a title and text already passed through {@link SimHash#normalise}. */
  List<String> topicsOfNormalised(String normalisedTitle, String normalisedText, List<Topic> topics) {
    String t = pad(normalisedTitle);
    String body = pad(normalisedText);
    List<String> out = new ArrayList<>();
    for (Topic topic : topics) {
      int hits = 0;
      List<String> keywords = new ArrayList<>(topic.keywords() == null ? List.of() : topic.keywords());
      if (topic.name() != null) keywords.add(topic.name());
      for (String k : keywords) {
        String kw = SimHash.normalise(k);
        if (kw.isEmpty()) continue;
        String needle = " " + kw + " ";
        if (t.contains(needle)) hits += 2;
        hits += count(body, needle, minHits);
        if (hits >= minHits) break;
      }
      if (hits >= minHits && topic.id() != null && !out.contains(topic.id())) out.add(topic.id());
    }
    return out;
  }

  /** The names of the accounts the text, title or URL mention. */
  public static List<String> accounts(String title, String text, String url, List<Account> accounts) {
    return accountsOfNormalised(SimHash.normalise(title), SimHash.normalise(text), text, url, accounts);
  }

  /** {@link #accounts} with the title and text also given normalised ({@link SimHash#normalise}). */
  static List<String> accountsOfNormalised(String normalisedTitle, String normalisedText, String text, String url,
      List<Account> accounts) {
    String all = pad(normalisedTitle + " " + normalisedText);
    String rawUrl = url == null ? "" : url.toLowerCase(java.util.Locale.ROOT);
    String rawText = text == null ? "" : text.toLowerCase(java.util.Locale.ROOT);
    Set<String> out = new LinkedHashSet<>();
    for (Account a : accounts) {
      List<String> names = new ArrayList<>();
      if (a.name() != null) names.add(a.name());
      if (a.aliases() != null) names.addAll(a.aliases());
      boolean hit = false;
      for (String n : names) {
        String needle = SimHash.normalise(n);
        if (!needle.isEmpty() && all.contains(" " + needle + " ")) {
          hit = true;
          break;
        }
      }
      if (!hit && a.domains() != null) {
        for (String d : a.domains()) {
          String domain = d.toLowerCase(java.util.Locale.ROOT).strip();
          if (!domain.isEmpty() && (host(rawUrl).endsWith(domain) || rawText.contains(domain))) {
            hit = true;
            break;
          }
        }
      }
      if (hit && a.name() != null) out.add(a.name());
    }
    return new ArrayList<>(out);
  }

  private static String host(String url) {
    try {
      String h = java.net.URI.create(url).getHost();
      return h == null ? "" : h;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static String pad(String s) {
    return " " + s + " ";
  }

  private static int count(String haystack, String needle, int enough) {
    int n = 0;
    int from = 0;
    while (n < enough) {
      int i = haystack.indexOf(needle, from);
      if (i < 0) break;
      n++;
      from = i + needle.length() - 1;
    }
    return n;
  }
}
