package verticalkb.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric, as its PROVENANCE.md restates it: {@code \w+} tokens (Unicode), 4-gram
 * shingle counts, per-item TP/FP/FN normalised by their sum, precision and recall averaged over items, F1 from
 * those means.
 */
public final class ShingleScore {

  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int N = 4;

  /** One item's normalised counts. */
  public record Item(double tp, double fp, double fn, boolean exact) {}

  private final List<Item> items = new ArrayList<>();

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) return out;
    Matcher m = TOKEN.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  static Map<String, Integer> shingles(List<String> tokens) {
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) return counts;
    if (tokens.size() < N) {
      counts.put(String.join("\u0001", tokens), 1);
      return counts;
    }
    for (int i = 0; i + N <= tokens.size(); i++) {
      counts.merge(String.join("\u0001", tokens.subList(i, i + N)), 1, Integer::sum);
    }
    return counts;
  }

  public static Item score(String truth, String prediction) {
    List<String> tt = tokens(truth);
    List<String> pt = tokens(prediction);
    Map<String, Integer> t = shingles(tt);
    Map<String, Integer> p = shingles(pt);
    double tp = 0, fp = 0, fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    return new Item(tp, fp, fn, tt.equals(pt));
  }

  void add(String truth, String prediction) {
    items.add(score(truth, prediction));
  }

  List<Item> items() {
    return items;
  }

  /** Precision, recall, F1 and accuracy over the given items. */
  public static double[] summary(List<Item> items) {
    double ps = 0, rs = 0;
    int pn = 0, rn = 0, exact = 0;
    for (Item i : items) {
      if (i.tp + i.fp > 0) {
        ps += i.tp / (i.tp + i.fp);
        pn++;
      } else if (i.fn == 0) {
        ps += 1;
        pn++;
      }
      if (i.tp + i.fn > 0) {
        rs += i.tp / (i.tp + i.fn);
        rn++;
      } else if (i.fp == 0) {
        rs += 1;
        rn++;
      }
      if (i.exact) exact++;
    }
    double p = pn == 0 ? 0 : ps / pn;
    double r = rn == 0 ? 0 : rs / rn;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f, items.isEmpty() ? 0 : (double) exact / items.size()};
  }

  double[] summary() {
    return summary(items);
  }
}
