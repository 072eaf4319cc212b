package io.scitex.console.status;

import io.scitex.console.agent.AgentRuntime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One agent as the poller last saw it. Strings are empty when not known.
 *
 * @param reservation the lease name of a tenant; empty for {@code runtime: slurm}
 * @param detail plain-language explanation (pending reason, why unknown, how the job ended)
 * @param jobId the agent's job, or the reservation's job for a tenant
 * @param jobState SLURM's state name, e.g. {@code RUNNING}
 * @param startTime SLURM's expected or actual start time as printed by squeue
 * @param paneTail the last lines of the agent's pane, oldest first
 * @param paneChangedAt when the poller last saw the pane text change; empty if it has not seen a change yet
 * @param state what claude is doing (docs/decisions/0800)
 * @param needs why the agent needs its user, when it does
 */
public record AgentStatus(
        String agent,
        AgentRuntime runtime,
        String reservation,
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
        Optional<Instant> paneChangedAt,
        AgentState state,
        Optional<Needs> needs) {

    public AgentStatus {
        paneTail = List.copyOf(paneTail);
    }

    /** The state a phase without a live session stands for. */
    public static AgentState stateOf(AgentPhase phase) {
        return switch (phase) {
            case PENDING, STARTING -> AgentState.STARTING;
            case EXITED -> AgentState.EXITED;
            case UNKNOWN -> AgentState.UNKNOWN;
            default -> AgentState.NONE;
        };
    }

    public boolean isTenant() {
        return runtime == AgentRuntime.SLURM_TENANT;
    }

    /** The same agent with another phase and detail, its session and pane dropped (unknown, stopped, lost). */
    public AgentStatus withPhase(AgentPhase newPhase, String newDetail) {
        return new AgentStatus(agent, runtime, reservation, newPhase, newDetail, host, jobId, jobState, node, elapsed,
                timeLeft, startTime, false, Activity.NONE, paneTail, paneChangedAt, stateOf(newPhase), Optional.empty());
    }
}
