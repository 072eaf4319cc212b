package io.scitex.console.status;

import java.time.Instant;
import java.util.Map;

/** Everything one refresh learnt, immutable: the UI applies a whole snapshot at once. */
public record ClusterSnapshot(Instant takenAt, Map<String, HostStatus> hosts, Map<String, AgentStatus> agents,
        Map<String, ReservationStatus> reservations) {

    public ClusterSnapshot {
        hosts = Map.copyOf(hosts);
        agents = Map.copyOf(agents);
        reservations = Map.copyOf(reservations);
    }

    public static ClusterSnapshot empty() {
        return new ClusterSnapshot(Instant.EPOCH, Map.of(), Map.of(), Map.of());
    }
}
