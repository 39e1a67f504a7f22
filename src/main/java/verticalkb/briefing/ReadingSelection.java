package verticalkb.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import verticalkb.briefing.Briefing.Reading;

/**
 * Applies an editor's curation to the automatically ranked reading list: pinned documents first in pin order (loaded
 * when the ranking did not find them), hidden ones removed, notes attached, then the cap. Pure and thread-safe.
 */
final class ReadingSelection {

  /** What the editor said about one document of the week. */
  record Choice(String documentId, boolean pinned, Long pinOrder, boolean hidden, String note) {}

  private ReadingSelection() {}

  /**
   * The reading list: {@code ranked} (best first) with {@code choices} applied, at most {@code limit} long. Pins come
   * before everything and are never cut for an automatic item; {@code load} finds a pinned document the ranking did
   * not return (empty when it no longer exists, and then it is left out).
   */
  static List<Reading> select(List<Reading> ranked, List<Choice> choices, Function<String, Optional<Reading>> load, int limit) {
    Map<String, Choice> byDocument = new HashMap<>();
    for (Choice c : choices) byDocument.put(c.documentId(), c);
    Map<String, Reading> found = new HashMap<>();
    for (Reading r : ranked) found.putIfAbsent(r.id(), r);
    List<Reading> out = new ArrayList<>();
    Set<String> taken = new LinkedHashSet<>();
    choices.stream().filter(c -> c.pinned() && !c.hidden())
        .sorted(Comparator.comparing(Choice::pinOrder, Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(c -> {
          Optional<Reading> r = Optional.ofNullable(found.get(c.documentId())).or(() -> load.apply(c.documentId()));
          if (r.isPresent() && out.size() < limit && taken.add(c.documentId())) out.add(r.get().withCuration(true, c.note()));
        });
    for (Reading r : ranked) {
      if (out.size() >= limit) break;
      Choice c = byDocument.get(r.id());
      if (c != null && c.hidden() || !taken.add(r.id())) continue;
      out.add(r.withCuration(false, c == null ? null : c.note()));
    }
    return out;
  }
}
