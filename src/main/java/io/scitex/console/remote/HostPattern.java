package io.scitex.console.remote;

import java.util.List;
import java.util.Locale;

/**
 * OpenSSH pattern matching (match.c): '*' and '?' wildcards, '!' negation. Host lines compare case-sensitively with
 * the alias as typed; host names (Match host, known_hosts) compare case-insensitively.
 */
final class HostPattern {
    private HostPattern() {}

    /** One glob pattern against a name, case-sensitive. */
    static boolean glob(String name, String pattern) {
        return glob(name, 0, pattern, 0);
    }

    private static boolean glob(String s, int si, String p, int pi) {
        while (pi < p.length()) {
            char c = p.charAt(pi);
            if (c == '*') {
                for (int k = si; k <= s.length(); k++) {
                    if (glob(s, k, p, pi + 1)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || (c != '?' && c != s.charAt(si))) {
                return false;
            }
            si++;
            pi++;
        }
        return si == s.length();
    }

    /** A Host line's patterns: true when one matches and no negated one does. */
    static boolean hostLine(String host, List<String> patterns) {
        boolean matched = false;
        for (String p : patterns) {
            if (p.startsWith("!")) {
                if (glob(host, p.substring(1))) {
                    return false;
                }
            } else if (glob(host, p)) {
                matched = true;
            }
        }
        return matched;
    }

    /** A comma-separated pattern list, case-sensitive (Match user). */
    static boolean commaList(String name, String list) {
        return hostLine(name, List.of(list.split(",")));
    }

    /** A comma-separated host name pattern list, case-insensitive (Match host, known_hosts). */
    static boolean hostNameList(String host, String list) {
        return commaList(host.toLowerCase(Locale.ROOT), list.toLowerCase(Locale.ROOT));
    }
}
