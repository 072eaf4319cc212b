package io.scitex.console.status.conversation;

import java.util.List;
import java.util.Locale;

/**
 * ESTIMATED prices per million tokens, in US dollars, by model name prefix (docs/decisions/0511): the one place
 * they are kept. Cache reads cost 0.1x the input price and 5-minute cache writes 1.25x, as Anthropic publishes.
 * A model not listed is priced as the default (Sonnet) and its cost is marked as a guess.
 */
public final class Prices {
    /** A model family's price per million tokens. */
    public record Price(String prefix, double inputPerMillion, double outputPerMillion) {
        double cacheReadPerMillion() {
            return inputPerMillion * 0.1;
        }

        double cacheWritePerMillion() {
            return inputPerMillion * 1.25;
        }
    }

    static final List<Price> TABLE = List.of(
            new Price("claude-sonnet-5", 2, 10), // what Claude Code 2.1.328 itself charges (its cost-state records)
            new Price("claude-opus-4-5", 5, 25),
            new Price("claude-opus-4", 15, 75),
            new Price("claude-sonnet-4", 3, 15),
            new Price("claude-3-7-sonnet", 3, 15),
            new Price("claude-haiku-4", 1, 5),
            new Price("claude-3-5-haiku", 0.8, 4));
    static final Price DEFAULT = TABLE.get(0);

    private Prices() {}

    /** The price row for {@code model}, or the default. */
    public static Price of(String model) {
        String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
        return TABLE.stream().filter(p -> m.startsWith(p.prefix())).findFirst().orElse(DEFAULT);
    }

    /** True when {@code model} has its own row (not priced as the default). */
    public static boolean known(String model) {
        String m = model == null ? "" : model.toLowerCase(Locale.ROOT);
        return TABLE.stream().anyMatch(p -> m.startsWith(p.prefix()));
    }

    /** The estimated cost in US dollars of {@code u} on {@code model}. */
    public static double estimate(String model, Usage u) {
        Price p = of(model);
        return (u.input() * p.inputPerMillion() + u.output() * p.outputPerMillion()
                + u.cacheRead() * p.cacheReadPerMillion() + u.cacheCreation() * p.cacheWritePerMillion()) / 1e6;
    }

    /** "$0.0123" (four decimals: turns cost fractions of a cent). */
    public static String format(double dollars) {
        return String.format(Locale.ROOT, "$%.4f", dollars);
    }
}
