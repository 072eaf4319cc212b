package io.scitex.console.agent;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Typed reads of mapping entries: each returns the default after reporting a located problem. */
final class Fields {
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private final ProblemSink sink;

    Fields(ProblemSink sink) {
        this.sink = sink;
    }

    ProblemSink sink() {
        return sink;
    }

    /** A single-line scalar as text (numbers as written); {@code def} when absent, null or empty. */
    String string(YamlMap map, String key, String def) {
        return text(map, key, def, false);
    }

    /** Like {@link #string} but the value may span several lines (shell snippets). */
    String multiline(YamlMap map, String key, String def) {
        return text(map, key, def, true);
    }

    private String text(YamlMap map, String key, String def, boolean multiline) {
        Optional<Node> value = map.present(key);
        if (value.isEmpty()) {
            return def;
        }
        return scalarText(value.get(), map.child(key), multiline).filter(s -> !s.isEmpty()).orElse(def);
    }

    /** The text of a scalar used as a string, reporting lists, mappings and line breaks. */
    Optional<String> scalarText(Node node, String path, boolean multiline) {
        if (!(node instanceof ScalarNode scalar) || YamlValues.isNull(node)) {
            sink.error(node, path + " must be a string, got " + YamlValues.typeName(node));
            return Optional.empty();
        }
        String text = scalar.getValue();
        if (!multiline && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            sink.error(node, path + " must be a single line");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** A string without whitespace, checked by {@code format}; {@code formatText} completes "must be ...". */
    String token(YamlMap map, String key, String def, Predicate<String> format, String formatText) {
        Optional<Node> value = map.present(key);
        if (value.isEmpty()) {
            return def;
        }
        Optional<String> text = scalarText(value.get(), map.child(key), false);
        if (text.isEmpty() || text.get().isEmpty()) {
            return def;
        }
        if (!format.test(text.get())) {
            sink.error(value.get(), map.child(key) + " must be " + formatText + ", got '" + text.get() + "'");
            return def;
        }
        return text.get();
    }

    /** A whole number above zero; quoted digits are accepted as upstream's {@code int()} does. */
    int positiveInt(YamlMap map, String key, int def) {
        Optional<Node> value = map.present(key);
        if (value.isEmpty()) {
            return def;
        }
        Node node = value.get();
        String text = node instanceof ScalarNode s ? s.getValue().strip().replace("_", "") : "";
        boolean integral = (YamlValues.isInt(node) || node.getTag().getValue().endsWith(":str"))
                && INTEGER.matcher(text).matches();
        if (!integral || new BigInteger(text).signum() <= 0 || new BigInteger(text).bitLength() > 31) {
            sink.error(node, map.child(key) + " must be a positive integer, got '" + YamlValues.show(node) + "'");
            return def;
        }
        return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
    }

    /** A YAML boolean ({@code true}/{@code false}, YAML 1.1 {@code yes}/{@code no} as PyYAML reads them). */
    boolean bool(YamlMap map, String key, boolean def) {
        Optional<Node> value = map.present(key);
        if (value.isEmpty()) {
            return def;
        }
        if (!YamlValues.isBool(value.get())) {
            sink.error(value.get(), map.child(key) + " must be true or false, got '" + YamlValues.show(value.get()) + "'");
            return def;
        }
        return YamlValues.boolValue((ScalarNode) value.get());
    }

    /** The items of a list; empty when absent or null. */
    List<Node> list(YamlMap map, String key) {
        Optional<Node> value = map.present(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof SequenceNode seq)) {
            sink.error(value.get(), map.child(key) + " must be a list, got " + YamlValues.typeName(value.get()));
            return List.of();
        }
        return seq.getValue();
    }

    /** A nested mapping; empty when absent or null, or when it is not a mapping (reported). */
    Optional<YamlMap> map(YamlMap map, String key) {
        Optional<Node> value = map.present(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlMap> child = YamlMap.of(map.child(key), value.get(), sink);
        if (child.isEmpty()) {
            sink.error(value.get(), map.child(key) + " must be a mapping, got " + YamlValues.typeName(value.get()));
        }
        return child;
    }
}
