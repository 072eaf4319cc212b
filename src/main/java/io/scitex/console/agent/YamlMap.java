package io.scitex.console.agent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One YAML mapping under a dotted path such as {@code spec.slurm}: its entries by key, with duplicate keys and
 * unknown keys reported where they are written.
 */
final class YamlMap {
    private final String path;
    private final MappingNode node;
    private final ProblemSink sink;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String path, MappingNode node, ProblemSink sink) {
        this.path = path;
        this.node = node;
        this.sink = sink;
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            if (!(key instanceof ScalarNode scalar)) {
                sink.error(key, "keys of " + where() + " must be plain names, got " + YamlValues.typeName(key));
                continue;
            }
            NodeTuple first = entries.putIfAbsent(scalar.getValue(), tuple);
            if (first != null) {
                sink.error(key, "duplicate key '" + scalar.getValue() + "' in " + where() + " (first set at line "
                        + (first.getKeyNode().getStartMark().getLine() + 1) + ")");
            }
        }
    }

    /** Wraps {@code node} when it is a mapping. */
    static Optional<YamlMap> of(String path, Node node, ProblemSink sink) {
        return node instanceof MappingNode m ? Optional.of(new YamlMap(path, m, sink)) : Optional.empty();
    }

    String path() {
        return path;
    }

    MappingNode node() {
        return node;
    }

    /** The dotted path of a child key, e.g. {@code spec.slurm.mem}. */
    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private String where() {
        return path.isEmpty() ? "the document" : path;
    }

    /** The value of {@code key}; empty when absent. */
    Optional<Node> value(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** The value of {@code key}; empty when absent or null (YAML {@code ~}, {@code null} or nothing). */
    Optional<Node> present(String key) {
        return value(key).filter(v -> !YamlValues.isNull(v));
    }

    /** The node holding the key itself, for problems about the key. */
    Optional<Node> keyNode(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getKeyNode);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /**
     * Warns about every key outside {@code known} (the console reads them) and {@code tolerated} (other tools read
     * them; the console ignores them), suggesting the closest known key.
     */
    void warnUnknownKeys(Set<String> known, Set<String> tolerated) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            String key = e.getKey();
            if (known.contains(key) || tolerated.contains(key)) {
                continue;
            }
            String message = KeySuggestions.closest(key, known)
                    .map(s -> "unknown key '" + key + "' in " + where() + "; did you mean '" + s + "'?")
                    .orElse("unknown key '" + key + "' in " + where() + " (ignored)");
            sink.warning(e.getValue().getKeyNode(), message);
        }
    }
}
