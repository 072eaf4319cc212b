package io.scitex.console.remote;

import java.time.Duration;

/** OpenSSH time values: seconds, or a sequence like {@code 1h30m} (s, m, h, d, w; misc.c convtime). */
final class SshTime {
    private SshTime() {}

    static Duration parse(String s) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty time value");
        }
        long total = 0;
        int i = 0;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (start == i) {
                throw new IllegalArgumentException("bad time value '" + s + "'");
            }
            long n = Long.parseLong(s.substring(start, i));
            long unit = 1;
            if (i < s.length()) {
                unit = switch (Character.toLowerCase(s.charAt(i))) {
                    case 's' -> 1;
                    case 'm' -> 60;
                    case 'h' -> 3600;
                    case 'd' -> 86400;
                    case 'w' -> 604800;
                    default -> throw new IllegalArgumentException("bad time value '" + s + "'");
                };
                i++;
            }
            total += n * unit;
        }
        return Duration.ofSeconds(total);
    }
}
