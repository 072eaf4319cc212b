package io.scitex.console.status;

import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.SqueueParser;
import io.scitex.console.slurm.SqueueRow;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which job a lease or a {@code runtime: slurm} agent holds now, from one squeue answer. Jobs resubmit themselves
 * under the same name (walltime trap), so the recorded job id goes stale: scitex-hpc's refresh takes the newest job
 * of the name. The poller moves only when that cannot strand a live session: when the recorded job is gone or ended,
 * or when the newer job already runs.
 */
final class Successor {

    private Successor() {}

    /**
     * @param jobId the recorded job id (may be empty)
     * @return the row of the job to follow now; empty when there is none in the queue
     */
    static Optional<SqueueRow> pick(String jobId, String jobName, List<SqueueRow> rows) {
        Optional<SqueueRow> current = rows.stream().filter(r -> r.jobId().equals(jobId)).findFirst();
        Optional<SqueueRow> newest = rows.stream()
                .filter(r -> r.name().equals(jobName) && r.state().isActive())
                .filter(r -> jobId.isEmpty() || SqueueParser.compareIds(r.jobId(), jobId) > 0)
                .max(Comparator.comparing(SqueueRow::jobId, SqueueParser::compareIds));
        if (current.isPresent() && current.get().state().isActive()) {
            return newest.filter(n -> n.state() == JobState.RUNNING).or(() -> current);
        }
        return newest.or(() -> current);
    }
}
