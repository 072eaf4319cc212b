package io.scitex.console.status.conversation;

import java.util.List;

/**
 * One prompt and everything up to the next one.
 *
 * @param number 1 for the first prompt; 0 for what came before any prompt (a resumed session's tail)
 * @param prompt the prompt's text ("" for turn 0)
 * @param entries the turn's entries, the prompt first
 * @param usage the tokens of the turn's API messages, each message counted once
 * @param model the model that answered ("" when none did)
 */
public record Turn(int number, String prompt, List<Entry> entries, Usage usage, String model) {
    public Turn {
        entries = List.copyOf(entries);
    }

    /** The estimated cost of the turn (see {@link Prices}). */
    public double cost() {
        return Prices.estimate(model, usage);
    }
}
