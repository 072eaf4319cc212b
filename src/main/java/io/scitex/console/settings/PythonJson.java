package io.scitex.console.settings;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON byte-for-byte as Python's {@code json.dumps(value, indent=2, sort_keys=True)} does (scitex-hpc's
 * lease format): {@code ": "} and {@code ","} separators, keys sorted by code point, {@code ensure_ascii} escapes
 * (backslash-u and four lowercase hex digits, surrogate pairs), floats as Python's {@code repr}, {@code NaN}/{@code Infinity},
 * and no trailing newline. See docs/decisions/0102-python-json-writer.md.
 */
public final class PythonJson {
    private PythonJson() {}

    /** The text {@code json.dumps(value, indent=2, sort_keys=True)} would return. */
    public static String dumps(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.toString();
    }

    private static void write(JsonNode node, int level, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, level, out);
            case ARRAY -> writeArray(node, level, out);
            case STRING -> string(node.textValue(), out);
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            case NUMBER -> out.append(node.isIntegralNumber() ? node.bigIntegerValue().toString() : floatRepr(node.doubleValue()));
            default -> throw new IllegalArgumentException("cannot write " + node.getNodeType() + " as JSON");
        }
    }

    private static void writeObject(JsonNode node, int level, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("{}");
            return;
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        keys.sort(PythonJson::compareCodePoints);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(level + 1));
            string(keys.get(i), out);
            out.append(": ");
            write(node.get(keys.get(i)), level + 1, out);
        }
        out.append('\n').append("  ".repeat(level)).append('}');
    }

    private static void writeArray(JsonNode node, int level, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        Iterator<JsonNode> items = node.elements();
        boolean first = true;
        while (items.hasNext()) {
            out.append(first ? "\n" : ",\n").append("  ".repeat(level + 1));
            write(items.next(), level + 1, out);
            first = false;
        }
        out.append('\n').append("  ".repeat(level)).append(']');
    }

    /** Python sorts {@code str} keys by code point, not by UTF-16 unit as {@link String#compareTo} does. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static final Map<Character, String> ESCAPES = Map.of(
            '"', "\\\"", '\\', "\\\\", '\n', "\\n", '\r', "\\r", '\t', "\\t", '\b', "\\b", '\f', "\\f");

    /** {@code ensure_ascii=True}: everything outside printable ASCII becomes a backslash-u escape. */
    static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = ESCAPES.get(c);
            if (escape != null) {
                out.append(escape);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    /** The fewest significant digits that read back as {@code d} (Java 17's Double.toString is not always shortest). */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int digits = 1; digits < 17; digits++) {
            BigDecimal rounded = exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
            if (rounded.doubleValue() == d) {
                return rounded.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** Python's {@code float.__repr__}: shortest digits, fixed notation unless the exponent is below -4 or above 15. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = shortest(Math.abs(d));
        String digits = exact.unscaledValue().toString();
        int decpt = digits.length() - exact.scale();
        String sign = d < 0 ? "-" : "";
        if (decpt <= -4 || decpt > 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int exponent = decpt - 1;
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt < digits.length()) {
            return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
    }
}
