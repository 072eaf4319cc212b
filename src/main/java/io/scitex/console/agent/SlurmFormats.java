package io.scitex.console.agent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The value formats sbatch accepts for {@code --time}, {@code --mem} and {@code --signal}. */
public final class SlurmFormats {
    private static final Pattern TIME = Pattern.compile(
            "(?:(\\d+)-(\\d{1,2})(?::(\\d{1,2})(?::(\\d{1,2}))?)?)|(?:(\\d+)(?::(\\d{1,2})(?::(\\d{1,2}))?)?)");
    private static final Pattern MEM = Pattern.compile("\\d+[KMGT]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNAL = Pattern.compile("(?:[BR]{1,2}:)?(?:SIG)?(?:[A-Z][A-Z0-9]*|\\d{1,2})(?:@\\d+)?");

    private SlurmFormats() {}

    /** {@code MM}, {@code MM:SS}, {@code HH:MM:SS}, {@code D-HH}, {@code D-HH:MM}, {@code D-HH:MM:SS}, or unlimited. */
    public static boolean isTime(String text) {
        if (text.equalsIgnoreCase("UNLIMITED") || text.equalsIgnoreCase("INFINITE")) {
            return true;
        }
        Matcher m = TIME.matcher(text);
        if (!m.matches()) {
            return false;
        }
        if (m.group(1) != null) {
            return below(m.group(2), 24) && below(m.group(3), 60) && below(m.group(4), 60);
        }
        // MM:SS has seconds in group 6; HH:MM:SS has minutes in 6 and seconds in 7
        return below(m.group(6), 60) && below(m.group(7), 60);
    }

    /** A size with an optional K, M, G or T suffix (megabytes without one), e.g. {@code 500M}, {@code 16G}. */
    public static boolean isMemory(String text) {
        return MEM.matcher(text).matches();
    }

    /** {@code [B:]SIG[@seconds]}, e.g. {@code B:USR1@3600}. */
    public static boolean isSignal(String text) {
        return SIGNAL.matcher(text).matches();
    }

    private static boolean below(String digits, int limit) {
        return digits == null || Integer.parseInt(digits) < limit;
    }
}
