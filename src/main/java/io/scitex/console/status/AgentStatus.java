package io.scitex.console.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One agent as the poller last saw it. Strings are empty when not known.
 *
 * @param detail plain-language explanation (pending reason, why unknown, how the job ended)
 * @param jobState SLURM's state name, e.g. {@code RUNNING}
 * @param startTime SLURM's expected or actual start time as printed by squeue
 * @param paneTail the last lines of the agent's pane (tenants) or job output (slurm), oldest first
 * @param paneChangedAt when the pane text last changed
 */
public record AgentStatus(
        String agent,
        AgentPhase phase,
        String detail,
        String host,
        String jobId,
        String jobState,
        String node,
        String elapsed,
        String timeLeft,
        String startTime,
        boolean sessionAlive,
        Activity activity,
        List<String> paneTail,
        Optional<Instant> paneChangedAt) {

    public AgentStatus {
        paneTail = List.copyOf(paneTail);
    }
}
