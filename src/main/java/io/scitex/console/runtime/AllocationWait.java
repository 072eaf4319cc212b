package io.scitex.console.runtime;

import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.BookProgress;
import io.scitex.console.service.ServiceException;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.PendingReason;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Polls a just-booked job until it runs on a node, reporting state, pending reason and expected start. One round
 * trip per poll: the job's state in any state (so an end within SLURM's MinJobAge shows as CANCELLED, FAILED ...)
 * and, while it waits, squeue's estimate.
 */
final class AllocationWait {
    private static final Pattern START_LINE = Pattern.compile("[0-9][^|]*\\|([^|]*)\\|(.*)");

    private final ReservationManager manager;
    private final Lease lease;
    private final Consumer<BookProgress> progress;

    AllocationWait(ReservationManager manager, Lease lease, Consumer<BookProgress> progress) {
        this.manager = manager;
        this.lease = lease;
        this.progress = progress;
    }

    /** The lease with its node once allocated; on timeout the lease as saved, with an empty node. */
    Lease await(Duration wait, Duration interval) throws ServiceException {
        String jobId = lease.jobId();
        RemoteCommand anyState = RemoteCommand.of("squeue", "--jobs=" + jobId, "--states=all", "--noheader",
                "--format=%T %N");
        RemoteCommand poll = RemoteCommand.script(anyState.script() + "; " + Squeue.expectedStart(jobId).script());
        long end = System.nanoTime() + wait.toNanos();
        int absent = 0;
        while (true) {
            ExecResult r = manager.run(lease.host(), poll);
            Optional<JobRef> job = SqueueParser.job(jobId, r.stdout());
            absent = job.isEmpty() && r.ok() ? absent + 1 : 0;
            if (job.isPresent() && job.get().isAllocated()) {
                Lease allocated = ReservationManager.withJob(lease, jobId, job.get().node());
                manager.save(allocated);
                report(jobId, JobState.RUNNING.name(), r.stdout());
                return allocated;
            }
            if (job.map(j -> j.state().isTerminal()).orElse(false) || absent >= 2) {
                manager.delete(lease);
                String state = job.map(j -> j.state().name()).orElse(JobState.UNKNOWN.name());
                throw new ServiceException("job " + jobId + " ended in state " + state + " before allocation");
            }
            report(jobId, job.map(j -> j.state().name()).orElse(JobState.UNKNOWN.name()), r.stdout());
            long left = end - System.nanoTime();
            if (left <= 0) {
                return lease;
            }
            sleep(Math.min(interval.toNanos(), left), jobId);
        }
    }

    private void report(String jobId, String state, String stdout) {
        String reason = "";
        Optional<String> start = Optional.empty();
        for (String line : stdout.lines().map(String::strip).toList()) {
            Matcher m = START_LINE.matcher(line);
            if (m.matches()) {
                PendingReason p = PendingReason.parse(m.group(2));
                reason = p.isNone() ? "" : p.words();
                String s = m.group(1).strip();
                start = s.isEmpty() || s.equals("N/A") ? Optional.empty() : Optional.of(s);
            }
        }
        progress.accept(new BookProgress(jobId, state, reason, start));
    }

    private void sleep(long nanos, String jobId) throws ServiceException {
        try {
            Thread.sleep(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceException("stopped waiting for job " + jobId + "; the reservation is kept (refresh it"
                    + " later)", e);
        }
    }
}
