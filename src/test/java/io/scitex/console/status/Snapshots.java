package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
import io.scitex.console.agent.AgentRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Small snapshots for the pure tests. */
final class Snapshots {
    static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");

    private Snapshots() {}

    static AgentStatus slurm(String name, AgentPhase phase, String jobId, String jobState) {
        return new AgentStatus(name, AgentRuntime.SLURM, "", phase, "", "h", jobId, jobState, "n1", "1:00", "9:00",
                "", phase == AgentPhase.RUNNING, Activity.NONE, List.of(), Optional.empty(), AgentStatus.stateOf(phase),
                Optional.empty());
    }

    static AgentStatus tenant(String name, String reservation, AgentPhase phase, String jobId) {
        return new AgentStatus(name, AgentRuntime.SLURM_TENANT, reservation, phase, "", "h", jobId, "RUNNING", "n1",
                "1:00", "9:00", "", phase == AgentPhase.RUNNING, Activity.NONE, List.of(), Optional.empty(), AgentStatus.stateOf(phase),
                Optional.empty());
    }

    static ReservationStatus reservation(String name, String jobId, String jobState) {
        return new ReservationStatus("h-" + name, name, "h", jobId, jobState, "n1", "1:00", "9:00", "", List.of());
    }

    static HostStatus host(String host, ConnectionState c) {
        return new HostStatus(host, c, c == ConnectionState.DISCONNECTED ? "connection refused" : "",
                Optional.of(T0), Duration.ofMillis(20));
    }

    static ClusterSnapshot of(int second, List<HostStatus> hosts, List<ReservationStatus> reservations,
            List<AgentStatus> agents) {
        return new ClusterSnapshot(T0.plusSeconds(second),
                hosts.stream().collect(java.util.stream.Collectors.toMap(HostStatus::host, h -> h)),
                agents.stream().collect(java.util.stream.Collectors.toMap(AgentStatus::agent, a -> a)),
                reservations.stream().collect(java.util.stream.Collectors.toMap(ReservationStatus::id, r -> r)));
    }

    static ClusterSnapshot agents(int second, AgentStatus... agents) {
        return of(second, List.of(host("h", ConnectionState.CONNECTED)), List.of(), List.of(agents));
    }
}
