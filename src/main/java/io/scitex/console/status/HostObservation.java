package io.scitex.console.status;

import io.scitex.console.lease.Lease;
import io.scitex.console.runtime.SlurmJobState;
import io.scitex.console.runtime.SweepResult;
import io.scitex.console.slurm.SqueueRow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one host's refresh found.
 *
 * @param error why the host could not be asked (UNREACHABLE) or why squeue failed (SCHEDULER_ERROR)
 * @param leases the host's leases by id, with job ids moved to successors
 * @param movedFrom lease id to the job id it held before this refresh moved it
 * @param jobs {@code runtime: slurm} agent name to its job, moved to a successor where one took over
 * @param sweeps job id to the pane sweep of that job
 */
record HostObservation(String host, Kind kind, String error, Instant at, Duration latency, List<SqueueRow> rows,
        Map<String, Lease> leases, Map<String, String> movedFrom, Map<String, SlurmJobState> jobs,
        Map<String, Sweep> sweeps) {

    enum Kind { OK, UNREACHABLE, SCHEDULER_ERROR }

    /** A sweep's answer, or why there is none ({@code error} not empty). */
    record Sweep(SweepResult result, String error) {
        boolean ok() {
            return error.isEmpty();
        }
    }

    HostObservation {
        rows = List.copyOf(rows);
        leases = Map.copyOf(leases);
        movedFrom = Map.copyOf(movedFrom);
        jobs = Map.copyOf(jobs);
        sweeps = Map.copyOf(sweeps);
    }

    static HostObservation failed(String host, Kind kind, String error, Instant at, Duration latency) {
        return new HostObservation(host, kind, error, at, latency, List.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    boolean ok() {
        return kind == Kind.OK;
    }

    Optional<SqueueRow> row(String jobId) {
        return jobId.isEmpty() ? Optional.empty() : rows.stream().filter(r -> r.jobId().equals(jobId)).findFirst();
    }
}
