package io.scitex.console.status;

/** What a user needs to know first about an agent, derived from its job and its tmux session. */
public enum AgentPhase {
    /** No job (runtime: slurm) or no session (tenant). */
    STOPPED("stopped"),
    /** The job waits in the queue. */
    PENDING("pending"),
    /** The job runs but the agent's session is not up yet. */
    STARTING("starting"),
    RUNNING("running"),
    /** The session is gone while its job still runs (the agent process exited or was killed). */
    EXITED("exited"),
    /** A tenant whose reservation job ended or was resubmitted: it can be restarted into the successor. */
    LOST("lost"),
    /** The host could not be asked: never reported as stopped. */
    UNKNOWN("unknown");

    private final String label;

    AgentPhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
