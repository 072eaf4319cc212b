package io.scitex.console.status.conversation;

import java.util.List;

/**
 * An agent's conversation as its Claude Code transcript records it.
 *
 * @param file the transcript's path on the host ("" when none was found)
 * @param sessionId Claude Code's session id ("" when unknown)
 * @param turns in order
 */
public record Conversation(String file, String sessionId, List<Turn> turns) {
    public static final Conversation EMPTY = new Conversation("", "", List.of());

    public Conversation {
        turns = List.copyOf(turns);
    }

    /** The tokens of all turns. */
    public Usage total() {
        return turns.stream().map(Turn::usage).reduce(Usage.ZERO, Usage::plus);
    }

    /** The estimated cost of all turns. */
    public double cost() {
        return turns.stream().mapToDouble(Turn::cost).sum();
    }

    /** The running totals after each turn, in order (what the view shows beside each turn). */
    public List<Usage> runningTotals() {
        java.util.ArrayList<Usage> out = new java.util.ArrayList<>();
        Usage sum = Usage.ZERO;
        for (Turn t : turns) {
            sum = sum.plus(t.usage());
            out.add(sum);
        }
        return out;
    }
}
