package verticalkb.expert;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Decides who is who among the mentions of one normalised name in one vertical. Mentions sharing an organisation
 * or a profile URL are one person; different organisations with nothing linking them are different people. A
 * mention with neither joins the only person of that name, or the one seen on the same site; else it stays apart.
 * The id of a person is derived from the name and the anchor (organisation or profile) of their earliest mention,
 * so that it is stable as evidence accumulates — which is what editors' corrections refer to.
 */
final class Clusters {

  /** Longest name slug in an id; the hash keeps ids unique. */
  private static final int SLUG_CHARS = 40;
  private static final int HASH_HEX = 8;

  private Clusters() {}

  /** The raw expert id of every mention (by position), before corrections. Mentions must share one name key. */
  static List<String> assign(String verticalId, List<Mention> mentions) {
    int n = mentions.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    Map<String, Integer> firstByAnchor = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      for (String anchor : anchors(m)) {
        Integer j = firstByAnchor.putIfAbsent(anchor, i);
        if (j != null) union(parent, i, j);
      }
    }
    // Anchored groups, in order of their earliest mention.
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    List<Integer> loose = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(i);
    order.sort(Comparator.comparing((Integer i) -> mentions.get(i).id == null ? Long.MAX_VALUE : mentions.get(i).id));
    for (int i : order) {
      if (anchors(mentions.get(i)).isEmpty()) loose.add(i);
      else groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    String[] ids = new String[n];
    for (List<Integer> g : groups.values()) {
      String id = id(verticalId, mentions.get(g.get(0)).nameKey, anchors(mentions.get(g.get(0))).get(0));
      for (int i : g) ids[i] = id;
    }
    String looseId = id(verticalId, loose.isEmpty() ? "" : mentions.get(loose.get(0)).nameKey, "");
    for (int i : loose) {
      ids[i] = groups.size() == 1 ? ids[groups.values().iterator().next().get(0)] : sameSite(mentions, groups, i);
      if (ids[i] == null) ids[i] = looseId;
    }
    return List.of(ids);
  }

  private static String sameSite(List<Mention> mentions, Map<Integer, List<Integer>> groups, int loose) {
    String host = host(mentions.get(loose).url);
    if (host == null) return null;
    String found = null;
    for (List<Integer> g : groups.values()) {
      for (int i : g) {
        if (host.equals(host(mentions.get(i).url))) {
          String id = idOf(mentions, g);
          if (found != null && !found.equals(id)) return null;
          found = id;
        }
      }
    }
    return found;
  }

  private static String idOf(List<Mention> mentions, List<Integer> group) {
    Mention first = mentions.get(group.get(0));
    return id(first.verticalId, first.nameKey, anchors(first).get(0));
  }

  /** What ties mentions of a name together: the organisation and the profile URL. */
  static List<String> anchors(Mention m) {
    List<String> out = new ArrayList<>(2);
    if (m.affiliationKey != null && !m.affiliationKey.isEmpty()) out.add("org:" + m.affiliationKey);
    String profile = PersonNames.profileKey(m.profileUrl);
    if (!profile.isEmpty()) out.add("url:" + profile);
    return out;
  }

  static String id(String verticalId, String nameKey, String anchor) {
    String slug = nameKey.replace(' ', '-');
    if (slug.length() > SLUG_CHARS) slug = slug.substring(0, SLUG_CHARS);
    return "ex-" + slug + "-" + hash(verticalId + "|" + nameKey + "|" + anchor);
  }

  private static String hash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, HASH_HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static String host(String url) {
    try {
      String h = url == null ? null : URI.create(url).getHost();
      return h == null ? null : h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a), rb = find(parent, b);
    if (!Objects.equals(ra, rb)) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
