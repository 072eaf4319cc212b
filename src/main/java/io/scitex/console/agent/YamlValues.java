package io.scitex.console.agent;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** How values read and print in messages: upstream (Python) prints {@code str(value)}, so we do too. */
final class YamlValues {
    private static final int MAX_SHOWN = 80;

    private YamlValues() {}

    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static boolean isScalar(Node node) {
        return node instanceof ScalarNode && !isNull(node);
    }

    static boolean isBool(Node node) {
        return node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag());
    }

    static boolean isInt(Node node) {
        return node instanceof ScalarNode s && Tag.INT.equals(s.getTag());
    }

    /** {@code true} for YAML 1.1 booleans such as {@code yes}, {@code On}, {@code TRUE}. */
    static boolean boolValue(ScalarNode node) {
        return switch (node.getValue().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }

    /** "a list", "a mapping", "a number"... for "must be a string, got a list" messages. */
    static String typeName(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        Tag tag = node.getTag();
        if (Tag.NULL.equals(tag)) {
            return "null";
        }
        if (Tag.BOOL.equals(tag)) {
            return "a boolean";
        }
        if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
            return "a number";
        }
        return "a string";
    }

    /** Python's {@code str(value)} of the loaded value, cut to a readable length. */
    static String show(Node node) {
        String text = str(node, 0);
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN - 3) + "..." : text;
    }

    private static String str(Node node, int depth) {
        if (node instanceof ScalarNode s) {
            if (Tag.NULL.equals(s.getTag())) {
                return "None";
            }
            if (Tag.BOOL.equals(s.getTag())) {
                return boolValue(s) ? "True" : "False";
            }
            return s.getValue();
        }
        if (depth > 2) {
            return "...";
        }
        List<String> parts = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                parts.add(repr(item, depth + 1));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            parts.add(repr(t.getKeyNode(), depth + 1) + ": " + repr(t.getValueNode(), depth + 1));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private static String repr(Node node, int depth) {
        boolean quoted = node instanceof ScalarNode s && Tag.STR.equals(s.getTag());
        return quoted ? "'" + ((ScalarNode) node).getValue() + "'" : str(node, depth);
    }
}
