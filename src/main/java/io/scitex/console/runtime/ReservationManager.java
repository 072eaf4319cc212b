package io.scitex.console.runtime;

import io.scitex.console.lease.Lease;
import io.scitex.console.lease.LeaseFileException;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.service.BookProgress;
import io.scitex.console.service.ReservationService;
import io.scitex.console.service.ServiceException;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.Partition;
import io.scitex.console.slurm.ReservationScript;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.Sinfo;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * scitex-hpc reservations over SSH (contract §3): the booking script is written on the host and submitted by path,
 * the lease file is kept in the {@link LeaseStore}, refresh follows a resubmitted job by its name.
 */
public final class ReservationManager implements ReservationService {
    private static final DateTimeFormatter PYTHON_UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'");

    private final RemoteExecutor remote;
    private final LeaseStore store;
    private final Clock clock;
    private final Duration pollInterval;

    public ReservationManager(RemoteExecutor remote, LeaseStore store) {
        this(remote, store, Clock.systemUTC(), Duration.ofSeconds(1));
    }

    /** @param pollInterval the pause between two squeue polls while a booking waits for its allocation */
    public ReservationManager(RemoteExecutor remote, LeaseStore store, Clock clock, Duration pollInterval) {
        this.remote = remote;
        this.store = store;
        this.clock = clock;
        this.pollInterval = pollInterval;
    }

    @Override
    public Lease book(BookRequest request, Duration wait, Consumer<BookProgress> progress) throws ServiceException {
        String id = request.leaseId();
        if (Files.exists(store.fileFor(id))) {
            throw new ServiceException("reservation " + id + " already exists; release it first");
        }
        ExecResult r = run(request.host(),
                Sbatch.writeAndSubmit(request.scriptPath(), ReservationScript.render(request), List.of()));
        Optional<String> jobId = Sbatch.submittedJobId(r.stdout());
        if (!r.ok() || jobId.isEmpty()) {
            String why = r.stderr().strip().isEmpty() ? r.stdout().strip() : r.stderr().strip();
            throw new ServiceException("sbatch failed: " + why);
        }
        Map<String, Object> extras = new HashMap<>();
        if (!request.tmuxServer().isEmpty()) {
            extras.put(Lease.TMUX_SERVER, request.tmuxServer());
        }
        String submittedAt = PYTHON_UTC.format(clock.instant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
        Lease lease = new Lease(id, request.name(), request.host(), jobId.get(), "", request.persistent(), submittedAt,
                "", extras);
        save(lease);
        return new AllocationWait(this, lease, progress).await(wait, pollInterval);
    }

    /** The host's partitions and their limits ({@code sinfo}), for a booking form that only asks what can run. */
    public List<Partition> partitions(String host) throws ServiceException {
        try {
            ExecResult r = remote.run(host, Sinfo.command());
            if (!r.ok()) {
                throw new ServiceException("sinfo on " + host + " failed: " + r.stderr().strip());
            }
            return Sinfo.parse(r.stdout());
        } catch (RemoteException e) {
            throw new ServiceException("cannot read the partitions of " + host + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Lease> get(String nameOrId) throws ServiceException {
        try {
            return store.find(nameOrId);
        } catch (LeaseFileException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    @Override
    public List<Lease> list() {
        return store.list().leases();
    }

    @Override
    public List<io.scitex.console.agent.Problem> unreadable() {
        return store.list().problems();
    }

    @Override
    public Lease refresh(String nameOrId) throws ServiceException {
        Lease lease = require(nameOrId);
        ExecResult r = run(lease.host(), Squeue.byName(lease.name()));
        if (!r.ok()) {
            throw new ServiceException("squeue failed on " + lease.host() + ": " + r.stderr().strip());
        }
        Optional<JobRef> newest = SqueueParser.newestByName(r.stdout());
        Lease fresh = withJob(lease, newest.map(JobRef::jobId).orElse(""), newest.map(JobRef::node).orElse(""));
        if (!fresh.equals(lease)) {
            save(fresh);
        }
        return fresh;
    }

    /** Cancels the job (for a persistent lease also a successor it submitted, by name), then deletes the file. */
    @Override
    public void release(String nameOrId) throws ServiceException {
        Lease lease = require(nameOrId);
        if (lease.hasJob()) {
            String script = Sbatch.cancel(lease.jobId()).script();
            if (lease.persistent()) {
                script += "; " + Sbatch.cancelByName(lease.name()).script();
            }
            ExecResult r = run(lease.host(), RemoteCommand.script(script));
            String err = r.stderr();
            if (!r.ok() && !err.contains("Invalid job id") && !err.contains("already completing or completed")) {
                throw new ServiceException("scancel " + lease.jobId() + " failed on " + lease.host() + ": "
                        + err.strip() + "; the lease file is kept");
            }
        }
        delete(lease);
    }

    Lease require(String nameOrId) throws ServiceException {
        return get(nameOrId).orElseThrow(() -> new ServiceException("(no reservation named '" + nameOrId + "')"));
    }

    ExecResult run(String host, RemoteCommand command) throws ServiceException {
        try {
            return remote.run(host, command);
        } catch (RemoteException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    void save(Lease lease) throws ServiceException {
        try {
            store.save(lease);
        } catch (IOException e) {
            throw new ServiceException("cannot write the lease file " + store.fileFor(lease.id()) + ": "
                    + e.getMessage(), e);
        }
    }

    void delete(Lease lease) throws ServiceException {
        try {
            store.delete(lease.id());
        } catch (IOException e) {
            throw new ServiceException("cannot delete the lease file " + store.fileFor(lease.id()) + ": "
                    + e.getMessage(), e);
        }
    }

    static Lease withJob(Lease l, String jobId, String node) {
        return new Lease(l.id(), l.name(), l.host(), jobId, node, l.persistent(), l.submittedAt(), l.walltimeEnd(),
                l.extras());
    }
}
