package io.scitex.console.remote;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place where text becomes shell syntax: POSIX single quotes, a {@code '} written {@code '\''}.
 * Every remote command is built from argument lists through this class; user text is never pasted raw.
 */
public final class ShellQuote {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellQuote() {}

    /** One word, quoted only when it needs to be (so commands stay readable in the action log). */
    public static String quote(String word) {
        if (!word.isEmpty() && SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    /** Words joined by spaces, each quoted. */
    public static String join(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(quote(w));
        }
        return sb.toString();
    }
}
