package io.scitex.console.status;

import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.SqueueRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which job a lease or a {@code runtime: slurm} agent holds now, from one squeue answer. Jobs resubmit themselves
 * under the same name (walltime trap), so the recorded job id goes stale: scitex-hpc's refresh takes the newest job
 * of the name. The poller moves only when that cannot strand a live session: when the recorded job is gone or ended,
 * or when the newer job already runs.
 */
final class Successor {
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");

    private Successor() {}

    /**
     * @param jobId the recorded job id (may be empty)
     * @return the row of the job to follow now; empty when there is none in the queue
     */
    static Optional<SqueueRow> pick(String jobId, String jobName, List<SqueueRow> rows) {
        Optional<SqueueRow> current = rows.stream().filter(r -> r.jobId().equals(jobId)).findFirst();
        Optional<SqueueRow> newest = rows.stream()
                .filter(r -> r.name().equals(jobName) && r.state().isActive())
                .filter(r -> jobId.isEmpty() || compare(r.jobId(), jobId) > 0)
                .max(Comparator.comparing(SqueueRow::jobId, Successor::compare));
        if (current.isPresent() && current.get().state().isActive()) {
            return newest.filter(n -> n.state() == JobState.RUNNING).or(() -> current);
        }
        return newest.or(() -> current);
    }

    /** Numeric order of job ids ({@code 9 < 10}; array and het suffixes compared after the job number). */
    static int compare(String a, String b) {
        List<Long> x = numbers(a);
        List<Long> y = numbers(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = Long.compare(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static List<Long> numbers(String id) {
        List<Long> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(id);
        while (m.find() && m.group().length() < 19) {
            out.add(Long.parseLong(m.group()));
        }
        return out;
    }
}
