package io.scitex.console.status;

import java.time.Instant;

/**
 * One change seen between two consecutive snapshots, for notifications and the action log. Strings that do not
 * apply are empty.
 *
 * @param jobId the job concerned (for RESERVATION_RESUBMITTED: the new job)
 * @param jobState for JOB_ENDED: SLURM's end state, empty when the job left the queue before its end state was seen
 * @param message one plain sentence naming the agent, reservation or host
 */
public record StatusEvent(Type type, String agent, String reservation, String host, String jobId, String jobState,
        String message, Instant at) {

    public enum Type {
        /** An agent left stopped/exited/lost for pending or starting. */
        STARTED,
        /** An agent's session runs. */
        RUNNING,
        /** An agent stopped while its job was not seen ending (e.g. stopped by the user). */
        STOPPED,
        /** An agent's or a reservation's job ended (with its state when known). */
        JOB_ENDED,
        /** A reservation now holds a new job of the same name. */
        RESERVATION_RESUBMITTED,
        /** An agent's tmux session disappeared while its job still runs. */
        SESSION_VANISHED,
        HOST_DISCONNECTED,
        HOST_RECONNECTED
    }

    static StatusEvent agent(Type type, AgentStatus a, String jobId, String jobState, String message, Instant at) {
        return new StatusEvent(type, a.agent(), "", a.host(), jobId, jobState, message, at);
    }

    static StatusEvent reservation(Type type, ReservationStatus r, String jobId, String jobState, String message,
            Instant at) {
        return new StatusEvent(type, "", r.name(), r.host(), jobId, jobState, message, at);
    }

    static StatusEvent host(Type type, HostStatus h, String message, Instant at) {
        return new StatusEvent(type, "", "", h.host(), "", "", message, at);
    }
}
