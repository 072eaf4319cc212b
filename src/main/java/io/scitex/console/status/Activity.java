package io.scitex.console.status;

/** What the agent's pane shows it doing. */
public enum Activity {
    /** The pane changed since the previous refresh. */
    BUSY("busy"),
    /** Unchanged and ending in a prompt: the agent waits for input. */
    WAITING("waiting"),
    /** Unchanged for longer than the configured minutes without a prompt. */
    STALLED("stalled"),
    /** Unchanged, not long enough to call it stalled. */
    IDLE("idle"),
    /** No pane to look at. */
    NONE("");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
