package io.scitex.console.service;

/** How one agent fared in a start or stop request. */
public enum ActionOutcome {
    STARTED,
    /** Start asked for an agent whose session or job already runs: nothing was changed. */
    ALREADY_RUNNING,
    /** Force start: the old session or job was ended and a new one started. */
    RESTARTED,
    STOPPED,
    /** Stop asked for an agent that was not running: nothing was changed. */
    NOT_RUNNING,
    FAILED;

    public boolean ok() {
        return this != FAILED;
    }
}
