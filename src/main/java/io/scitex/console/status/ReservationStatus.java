package io.scitex.console.status;

import java.util.List;

/**
 * One reservation's job as the poller last saw it.
 *
 * @param jobState SLURM's state name, or {@code GONE} when the lease's job is no longer in the queue
 * @param tenants names of the {@code sac-*} sessions alive in its tmux server
 */
public record ReservationStatus(String name, String host, String jobId, String jobState, String node,
        String elapsed, String timeLeft, String reason, List<String> tenants) {

    public ReservationStatus {
        tenants = List.copyOf(tenants);
    }
}
