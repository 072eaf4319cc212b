package io.scitex.console.status;

/** What a running Claude Code agent is doing, as the user needs to know it (docs/decisions/0800). */
public enum AgentState {
    STARTING("starting"),
    WORKING("working"),
    /** A tool call waits for the user's approval. */
    NEEDS_PERMISSION("needs-permission"),
    /** Claude asks the user (a question dialog, or a trust dialog on first start). */
    QUESTION("question"),
    /** The turn is over; the empty prompt waits for the next one. */
    WAITING("waiting"),
    /** The turn ended on an API error, a usage limit or a bad login. */
    ERROR("error"),
    /** claude ended. */
    EXITED("exited"),
    /** Working without any progress for the configured minutes. */
    STALLED("stalled"),
    /** Cannot tell: never a guess. */
    UNKNOWN("unknown"),
    /** No claude to speak of (stopped, pending, lost). */
    NONE("");

    private final String label;

    AgentState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The agent waits for its user. */
    public boolean needsUser() {
        return this == NEEDS_PERMISSION || this == QUESTION || this == ERROR;
    }
}
