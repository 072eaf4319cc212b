package io.scitex.console.status;

import io.scitex.console.lease.Lease;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.runtime.RuntimeStateStore;
import io.scitex.console.runtime.SlurmJobState;
import io.scitex.console.runtime.SweepResult;
import io.scitex.console.slurm.SbatchScript;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import io.scitex.console.slurm.SqueueRow;
import io.scitex.console.status.HostObservation.Kind;
import io.scitex.console.status.HostObservation.Sweep;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One host's refresh: ONE squeue, the leases and recorded jobs moved to their successors (and saved), and ONE
 * command for the panes of every running job: each reservation's tenants and each {@code runtime: slurm} agent
 * (a sweep per job, run side by side on the login node: {@link JobSweeps}).
 */
final class HostRefresher {
    /** Looked up when first used: a CLI verb that builds the poller and never refreshes loads no logging class. */
    private static Logger log() {
        return LoggerFactory.getLogger(HostRefresher.class);
    }

    private final RemoteExecutor executor;
    private final LeaseStore leaseStore;
    private final RuntimeStateStore stateStore;
    private final PaneMemory panes;
    private final Clock clock;
    private final int lines;

    HostRefresher(RemoteExecutor executor, LeaseStore leaseStore, RuntimeStateStore stateStore, PaneMemory panes,
            Clock clock, int lines) {
        this.executor = executor;
        this.leaseStore = leaseStore;
        this.stateStore = stateStore;
        this.panes = panes;
        this.clock = clock;
        this.lines = lines;
    }

    HostObservation refresh(String host, List<Lease> leases, List<Targets.SlurmAgent> agents) {
        long t0 = System.nanoTime();
        Instant now = clock.instant();
        try {
            ExecResult sq = executor.run(host, Squeue.userJobs(""));
            if (!sq.ok()) {
                return HostObservation.failed(host, Kind.SCHEDULER_ERROR, "squeue failed: " + firstLine(sq),
                        now, since(t0));
            }
            List<SqueueRow> rows = SqueueParser.userJobs(sq.stdout());
            Map<String, Lease> current = new HashMap<>();
            Map<String, String> movedFrom = new HashMap<>();
            for (Lease l : leases) {
                current.put(l.id(), follow(l, rows, movedFrom));
            }
            Map<String, SlurmJobState> jobs = new HashMap<>();
            agents.forEach(a -> a.state().ifPresent(s -> jobs.put(s.name(), follow(a, s, rows))));
            PaneMemory.Update update = panes.update(host, now);
            Map<String, String> sockets = new LinkedHashMap<>(); // job id to tmux socket, each job once
            current.values().stream().sorted(Comparator.comparing(Lease::name))
                    .filter(l -> l.tmuxServer().isPresent() && running(rows, l.jobId()))
                    .forEach(l -> sockets.putIfAbsent(l.jobId(), l.tmuxServer().orElseThrow()));
            jobs.values().stream().map(SlurmJobState::jobId).filter(j -> running(rows, j)).sorted()
                    .forEach(j -> sockets.putIfAbsent(j, SbatchScript.SOCKET));
            Map<String, Sweep> sweeps = new HashMap<>();
            sweep(host, sockets, update, sweeps);
            update.commit();
            return new HostObservation(host, Kind.OK, "", now, since(t0), rows, current, movedFrom, jobs, sweeps);
        } catch (RemoteException e) {
            return HostObservation.failed(host, Kind.UNREACHABLE, e.getMessage(), now, since(t0));
        }
    }

    private Lease follow(Lease l, List<SqueueRow> rows, Map<String, String> movedFrom) {
        Optional<SqueueRow> row = Successor.pick(l.jobId(), l.name(), rows);
        if (row.isEmpty()) {
            return l;
        }
        SqueueRow r = row.get();
        boolean moved = !r.jobId().equals(l.jobId());
        boolean placed = r.state() == JobState.RUNNING && !r.nodes().isEmpty() && !r.nodes().equals(l.node());
        if (!moved && !placed) {
            return l;
        }
        String node = r.state() == JobState.RUNNING ? r.nodes() : moved ? "" : l.node();
        Lease next = new Lease(l.id(), l.name(), l.host(), r.jobId(), node,
                l.persistent(), l.submittedAt(), l.walltimeEnd(), l.extras());
        if (moved && !l.jobId().isEmpty()) {
            movedFrom.put(l.id(), l.jobId());
            log().info("reservation {}: job {} -> job {}", l.name(), l.jobId(), r.jobId());
        }
        try {
            if (Files.isRegularFile(leaseStore.fileFor(l.id()))) {
                leaseStore.save(next);
            }
        } catch (IOException | RuntimeException e) {
            log().warn("cannot save reservation {}: {}", l.id(), e.toString());
        }
        return next;
    }

    private SlurmJobState follow(Targets.SlurmAgent a, SlurmJobState s, List<SqueueRow> rows) {
        Optional<SqueueRow> row = Successor.pick(s.jobId(), a.spec().slurm().jobNameOr(a.spec().name()), rows);
        if (row.isEmpty() || row.get().jobId().equals(s.jobId())) {
            return s;
        }
        SlurmJobState next = new SlurmJobState(s.name(), row.get().jobId(), s.script(), s.submittedStdout(), s.host());
        log().info("agent {}: job {} -> job {}", s.name(), s.jobId(), next.jobId());
        try {
            if (Files.isRegularFile(stateStore.fileFor(s.name()))) {
                stateStore.save(next);
            }
        } catch (IOException | RuntimeException e) {
            log().warn("cannot save the job state of {}: {}", s.name(), e.toString());
        }
        return next;
    }

    /** ONE command for the panes of every running job of the host, reservations and own jobs alike. */
    private void sweep(String host, Map<String, String> sockets, PaneMemory.Update update, Map<String, Sweep> out)
            throws RemoteException {
        if (sockets.isEmpty()) {
            return;
        }
        List<JobSweeps.Job> jobs = new ArrayList<>();
        sockets.forEach((j, socket) -> jobs.add(new JobSweeps.Job(j, socket, panes.hashes(host, j))));
        ExecResult r = executor.run(host, JobSweeps.command(jobs, lines));
        Map<String, JobSweeps.Answer> answers = JobSweeps.parse(r.stdout());
        for (String j : sockets.keySet()) {
            JobSweeps.Answer a = answers.get(j);
            out.put(j, a == null ? record(j, new SweepResult(false, "", Map.of(), false), r.stderr(), update)
                    : record(j, a.sweep(), a.raw(), update));
        }
    }

    private static Sweep record(String jobId, SweepResult sweep, String raw, PaneMemory.Update update) {
        if (!sweep.complete()) {
            update.keep(jobId);
            return new Sweep(sweep, "pane check of job " + jobId + " failed: " + firstLine(raw));
        }
        update.add(jobId, sweep);
        return new Sweep(sweep, "");
    }

    private static boolean running(List<SqueueRow> rows, String jobId) {
        return rows.stream().anyMatch(r -> r.jobId().equals(jobId) && r.state() == JobState.RUNNING);
    }

    private static String firstLine(ExecResult r) {
        return firstLine(r.stderr().isBlank() ? r.stdout() : r.stderr()) + " (exit " + r.exitStatus() + ")";
    }

    private static String firstLine(String text) {
        List<String> ls = new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()
                && !l.startsWith("SAC-")).toList());
        return ls.isEmpty() ? "no answer" : ls.get(0);
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
