package verticalkb.vertical;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each value of a YAML document starts, by path ({@code sources[2].scope.allow[0]}), so that an error found
 * after binding can still name its line.
 */
public final class YamlLines {

  private final Map<String, Integer> lines = new HashMap<>();

  public YamlLines(Node root) {
    if (root != null) walk("", root);
  }

  /** The 1-based line of the value at the path, or of its nearest enclosing value that exists. */
  public int lineOf(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) return line;
      if (p.isEmpty()) return 1;
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
  }

  private void walk(String path, Node node) {
    lines.put(path, node.getStartMark().getLine() + 1);
    if (node instanceof MappingNode map) {
      for (NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode key) {
          String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
          walk(child, t.getValueNode());
          // A key whose value is empty (null) starts on the key's own line.
          lines.putIfAbsent(child, t.getKeyNode().getStartMark().getLine() + 1);
        }
      }
    } else if (node instanceof SequenceNode seq) {
      for (int i = 0; i < seq.getValue().size(); i++) {
        walk(path + "[" + i + "]", seq.getValue().get(i));
      }
    }
  }
}
