package verticalkb.expert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verticalkb.vertical.CatalogueModel.Topic;

/**
 * Weighs a vertical's taxonomy topics in a piece of evidence by counting their keywords (whole words, case-
 * insensitive; title hits count more), and encodes the weights compactly as "topicId:weight,...".
 */
final class TopicWeights {

  private TopicWeights() {}

  /** Keyword hits per topic id, in the taxonomy's order; topics without hits are left out. */
  static Map<String, Double> of(List<Topic> topics, String title, String text, int titleWeight, int textChars) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (topics == null) return out;
    String t = title == null ? "" : title;
    String body = text == null ? "" : text.substring(0, Math.min(text.length(), textChars));
    for (Topic topic : topics) {
      double hits = 0;
      List<String> keywords = new ArrayList<>(topic.keywords() == null ? List.of() : topic.keywords());
      if (topic.name() != null) keywords.add(topic.name());
      for (String k : keywords) {
        if (k == null || k.isBlank()) continue;
        // Short all-caps keywords ("EV", "LFP") are acronyms: matched case-sensitively to avoid common words.
        boolean acronym = k.length() <= 4 && k.equals(k.toUpperCase(Locale.ROOT));
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(k) + "(?![\\p{L}\\p{N}])",
            acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        hits += titleWeight * count(p.matcher(t)) + count(p.matcher(body));
      }
      if (hits > 0) out.put(topic.id(), hits);
    }
    return out;
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  static String encode(Map<String, Double> weights) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      if (!sb.isEmpty()) sb.append(',');
      sb.append(e.getKey()).append(':').append(String.format(Locale.ROOT, "%.2f", e.getValue()));
    }
    return sb.toString();
  }

  static Map<String, Double> decode(String s) {
    Map<String, Double> out = new LinkedHashMap<>();
    if (s == null || s.isBlank()) return out;
    for (String pair : s.split(",")) {
      int colon = pair.lastIndexOf(':');
      if (colon > 0) out.merge(pair.substring(0, colon), Double.parseDouble(pair.substring(colon + 1)), Double::sum);
    }
    return out;
  }
}
