package io.scitex.console.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a tmux key name such as {@code C-b}, {@code C-Space}, {@code M-a} or {@code `} into the bytes a terminal sends. */
public final class TmuxKeys {
    private TmuxKeys() {}

    /** The bytes that detach a client whose prefix key is {@code prefix}: the prefix, then {@code d}. */
    public static byte[] detach(String prefix) {
        byte[] p = bytes(prefix.strip());
        byte[] out = new byte[p.length + 1];
        System.arraycopy(p, 0, out, 0, p.length);
        out[p.length] = 'd';
        return out;
    }

    public static byte[] bytes(String key) {
        if (key.isEmpty() || key.equalsIgnoreCase("none")) {
            throw new IllegalArgumentException("no tmux prefix key set");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String k = key;
        if (k.startsWith("M-") && k.length() > 2) {
            out.write(0x1b);
            k = k.substring(2);
        }
        if ((k.startsWith("C-") || k.startsWith("^")) && k.length() > 1) {
            String rest = k.startsWith("^") ? k.substring(1) : k.substring(2);
            out.write(control(rest));
        } else {
            out.writeBytes(named(k));
        }
        return out.toByteArray();
    }

    private static int control(String key) {
        if (key.equalsIgnoreCase("Space") || key.equals("@")) {
            return 0;
        }
        if (key.length() != 1) {
            throw new IllegalArgumentException("unsupported tmux key C-" + key);
        }
        char c = Character.toLowerCase(key.charAt(0));
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 1;
        }
        return switch (c) {
            case '[' -> 0x1b;
            case '\\' -> 0x1c;
            case ']' -> 0x1d;
            case '^' -> 0x1e;
            case '_' -> 0x1f;
            default -> throw new IllegalArgumentException("unsupported tmux key C-" + key);
        };
    }

    private static byte[] named(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "space" -> new byte[] {' '};
            case "escape" -> new byte[] {0x1b};
            case "tab" -> new byte[] {'\t'};
            default -> {
                if (key.codePointCount(0, key.length()) != 1) {
                    throw new IllegalArgumentException("unsupported tmux key " + key);
                }
                yield key.getBytes(StandardCharsets.UTF_8);
            }
        };
    }
}
