package io.scitex.console.status;

import java.util.List;

/**
 * One reservation's job as the poller last saw it.
 *
 * @param id the lease id (the key of {@link ClusterSnapshot#reservations()})
 * @param jobState SLURM's state name; {@code GONE} when the lease's job is no longer in the queue, {@code UNKNOWN}
 *     when the host could not be asked, empty when the lease holds no job
 * @param reason plain words: why it is pending, why unknown, or what is wrong with its tmux server
 * @param tenants names of the agents whose {@code sac-*} sessions are alive in its tmux server, sorted
 */
public record ReservationStatus(String id, String name, String host, String jobId, String jobState, String node,
        String elapsed, String timeLeft, String reason, List<String> tenants) {

    public static final String GONE = "GONE";
    public static final String UNKNOWN = "UNKNOWN";

    public ReservationStatus {
        tenants = List.copyOf(tenants);
    }
}
