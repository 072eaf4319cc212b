package io.scitex.console.agent;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelt keys: the closest known key by edit distance, or one the key is a prefix of. */
public final class KeySuggestions {
    private KeySuggestions() {}

    /** The best suggestion for {@code key} among {@code known}, if any is close enough to help. */
    public static Optional<String> closest(String key, Collection<String> known) {
        String k = key.toLowerCase(Locale.ROOT);
        Optional<String> byDistance = known.stream()
                .filter(c -> distance(k, c.toLowerCase(Locale.ROOT)) <= Math.max(1, Math.min(k.length(), c.length()) / 3))
                .min(Comparator.comparingInt((String c) -> distance(k, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
        if (byDistance.isPresent() || k.length() < 3) {
            return byDistance;
        }
        return known.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(k) || k.startsWith(c.toLowerCase(Locale.ROOT)))
                .min(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    }

    /** Edit distance counting an insert, a delete, a substitution or a swap of neighbours as one edit (OSA). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
