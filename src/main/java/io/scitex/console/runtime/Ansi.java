package io.scitex.console.runtime;

/**
 * Terminal control sequences out of one line of pane output (docs/decisions/0510): CSI ({@code ESC [ ... final}),
 * OSC, DCS, PM and APC strings (up to BEL or {@code ESC \}), two- and three-byte escapes (charsets, keypad modes),
 * other C0 controls except TAB. A carriage return starts the line over, as on a terminal (progress bars keep their
 * last state). Hand-written: the libraries at hand render ANSI to a terminal; none strips a line to its text.
 */
public final class Ansi {
    private static final char ESC = 0x1b;

    private Ansi() {}

    public static String strip(String s) {
        if (!needsWork(s)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ESC && i + 1 < n) {
                i = skipEscape(s, i + 1) - 1;
            } else if (c == '\r') {
                if (i + 1 < n) {
                    out.setLength(0);
                }
            } else if (c == '\t' || c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean needsWork(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Index just after the escape sequence whose first byte after ESC is at {@code i}. */
    private static int skipEscape(String s, int i) {
        int n = s.length();
        char c = s.charAt(i);
        if (c == '[') {
            int j = i + 1;
            while (j < n && (s.charAt(j) < 0x40 || s.charAt(j) > 0x7e)) {
                j++;
            }
            return Math.min(n, j + 1);
        }
        if (c == ']' || c == 'P' || c == '^' || c == '_' || c == 'X') {
            for (int j = i + 1; j < n; j++) {
                if (s.charAt(j) == 0x07) {
                    return j + 1;
                }
                if (s.charAt(j) == ESC && j + 1 < n && s.charAt(j + 1) == '\\') {
                    return j + 2;
                }
            }
            return n;
        }
        int j = i;
        while (j < n && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2f) {
            j++;
        }
        return Math.min(n, j + 1);
    }
}
