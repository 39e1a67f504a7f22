package verticalkb.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads a page's schema.org data, JSON-LD and microdata alike, into one shape: JSON objects with {@code @type}
 * and properties (microdata items become {@code {"@type": "Event", "name": ..., "location": {...}}}). JSON-LD is
 * read leniently (comments, control characters, trailing junk, single quotes); what cannot be read is recorded as a
 * problem. Work is bounded: script size, number of items, nesting depth.
 */
final class StructuredData {

  /** JSON-LD blocks larger than this are not metadata but data dumps; skipped with a problem. */
  private static final int MAX_SCRIPT_CHARS = 1 << 20;
  private static final int MAX_SCRIPTS = 64;
  /** Nesting beyond this is hostile (Jackson's own default limit is 1000; real pages use under 10). */
  private static final int MAX_DEPTH = 64;
  private static final int MAX_ITEMS = 2000;

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_TRAILING_COMMA,
          JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
          JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS, JsonReadFeature.ALLOW_MISSING_VALUES)
      .build();

  static {
    JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
  }

  private StructuredData() {}

  /** Every schema.org item on the page, top-level items first, then nested ones (each once), in document order. */
  static List<ObjectNode> items(PageIndex page, List<String> problems) {
    List<ObjectNode> roots = new ArrayList<>();
    roots.addAll(jsonLd(page.jsonLd, problems));
    roots.addAll(microdata(page.items));
    return roots;
  }

  // ---- JSON-LD ----------------------------------------------------------------------------------------------

  static List<ObjectNode> jsonLd(List<Element> scripts, List<String> problems) {
    List<ObjectNode> out = new ArrayList<>();
    int n = 0;
    for (Element script : scripts) {
      if (++n > MAX_SCRIPTS) {
        problems.add("more than " + MAX_SCRIPTS + " JSON-LD blocks; the rest were skipped");
        break;
      }
      String text = script.data().strip();
      if (text.length() > MAX_SCRIPT_CHARS) {
        problems.add("JSON-LD block of " + text.length() + " characters skipped (limit " + MAX_SCRIPT_CHARS + ")");
        continue;
      }
      text = stripHtmlComment(text);
      if (text.isEmpty()) continue;
      try (JsonParser p = JSON.createParser(text)) {
        // reads the first value only: trailing junk after it (a stray semicolon, a second object) is ignored
        JsonNode node = JSON.readTree(p);
        if (node != null) flatten(node, out);
      } catch (JsonProcessingException e) {
        problems.add("broken JSON-LD skipped: " + e.getOriginalMessage());
      } catch (IOException | RuntimeException e) {
        problems.add("broken JSON-LD skipped: " + e.getMessage());
      }
      if (out.size() > MAX_ITEMS) break;
    }
    return out;
  }

  private static String stripHtmlComment(String text) {
    String t = text;
    if (t.startsWith("<!--")) t = t.substring(4);
    if (t.endsWith("-->")) t = t.substring(0, t.length() - 3);
    if (t.startsWith("<![CDATA[")) t = t.substring(9);
    if (t.endsWith("]]>")) t = t.substring(0, t.length() - 3);
    return t.strip();
  }

  /** Top-level objects of a JSON-LD value: arrays and {@code @graph} are unwrapped. */
  private static void flatten(JsonNode node, List<ObjectNode> out) {
    Deque<JsonNode> todo = new ArrayDeque<>();
    todo.add(node);
    while (!todo.isEmpty() && out.size() <= MAX_ITEMS) {
      JsonNode n = todo.poll();
      if (n.isArray()) {
        n.forEach(todo::add);
      } else if (n instanceof ObjectNode o) {
        if (o.has("@graph")) {
          o.get("@graph").forEach(todo::add);
          if (o.has("@type")) out.add(o);
        } else {
          out.add(o);
        }
      }
    }
  }

  // ---- microdata --------------------------------------------------------------------------------------------

  /** Top-level microdata items (W3C microdata: itemscope without itemprop) as JSON-LD-like objects. */
  static List<ObjectNode> microdata(List<Element> scopes) {
    List<ObjectNode> out = new ArrayList<>();
    for (Element scope : scopes) {
      out.add(item(scope, 0));
      if (out.size() > MAX_ITEMS) break;
    }
    return out;
  }

  private static ObjectNode item(Element scope, int depth) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    String type = scope.attr("itemtype").strip();
    if (!type.isEmpty()) node.put("@type", type.split("\\s+")[0]);
    if (scope.hasAttr("itemid")) node.put("@id", scope.absUrl("itemid").isEmpty() ? scope.attr("itemid") : scope.absUrl("itemid"));
    // Properties are the itemprop descendants not inside a nested item (W3C microdata §5.2), found without recursion.
    Deque<Element> todo = new ArrayDeque<>(scope.children());
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_ITEMS) {
      Element e = todo.poll();
      String props = e.attr("itemprop").strip();
      boolean nested = e.hasAttr("itemscope");
      if (!props.isEmpty()) {
        JsonNode value = nested
            ? (depth < MAX_DEPTH ? item(e, depth + 1) : JsonNodeFactory.instance.textNode(e.text()))
            : JsonNodeFactory.instance.textNode(value(e));
        for (String prop : props.split("\\s+")) add(node, localName(prop), value);
      }
      if (!nested) {
        List<Element> children = e.children();
        for (int i = children.size() - 1; i >= 0; i--) todo.addFirst(children.get(i));
      }
    }
    return node;
  }

  private static String localName(String prop) {
    int slash = Math.max(prop.lastIndexOf('/'), prop.lastIndexOf('#'));
    return slash >= 0 ? prop.substring(slash + 1) : prop;
  }

  private static void add(ObjectNode node, String prop, JsonNode value) {
    JsonNode existing = node.get(prop);
    if (existing == null) {
      node.set(prop, value);
    } else if (existing instanceof ArrayNode a) {
      a.add(value);
    } else {
      ArrayNode a = node.arrayNode();
      a.add(existing);
      a.add(value);
      node.set(prop, a);
    }
  }

  /** An itemprop's value as W3C microdata defines it per element. */
  static String value(Element e) {
    return switch (e.normalName()) {
      case "meta" -> e.attr("content");
      case "audio", "embed", "iframe", "img", "source", "track", "video" -> e.absUrl("src").isEmpty() ? e.attr("src") : e.absUrl("src");
      case "a", "area", "link" -> e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
      case "object" -> e.absUrl("data").isEmpty() ? e.attr("data") : e.absUrl("data");
      case "data", "meter" -> e.attr("value");
      case "time" -> e.hasAttr("datetime") ? e.attr("datetime") : e.text();
      default -> e.hasAttr("content") ? e.attr("content") : e.text();
    };
  }

  // ---- reading items ----------------------------------------------------------------------------------------

  /** The schema.org type names of an item, without vocabulary prefix: {@code http://schema.org/Event} is Event. */
  static List<String> types(JsonNode item) {
    List<String> out = new ArrayList<>();
    JsonNode t = item.get("@type");
    if (t == null) t = item.get("type");
    if (t == null) return out;
    if (t.isArray()) {
      for (JsonNode x : t) if (x.isTextual()) out.add(localName(x.asText()));
    } else if (t.isTextual()) {
      out.add(localName(t.asText()));
    }
    return out;
  }

  static boolean isType(JsonNode item, java.util.function.Predicate<String> test) {
    for (String t : types(item)) if (test.test(t)) return true;
    return false;
  }

  /** The text of a property: a string, a number, the first of a list, or the name/@value of an object. */
  static String text(JsonNode item, String prop) {
    if (item == null) return null;
    return asText(item.get(prop));
  }

  static String asText(JsonNode v) {
    if (v == null || v.isNull()) return null;
    if (v.isArray()) {
      for (JsonNode x : v) {
        String s = asText(x);
        if (s != null) return s;
      }
      return null;
    }
    if (v.isObject()) {
      if (v.has("@value")) return asText(v.get("@value"));
      if (v.has("name")) return asText(v.get("name"));
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** The values of a property as a list: a single value or each element of an array. */
  static List<JsonNode> all(JsonNode item, String prop) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode v = item == null ? null : item.get(prop);
    if (v == null || v.isNull()) return out;
    if (v.isArray()) v.forEach(out::add);
    else out.add(v);
    return out;
  }
}
