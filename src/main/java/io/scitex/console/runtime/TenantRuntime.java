package io.scitex.console.runtime;

import io.scitex.console.service.LogTarget;
import io.scitex.console.slurm.OutputLog;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.service.PaneInput;
import io.scitex.console.slurm.SbatchScript;
import io.scitex.console.service.ReservationService;
import io.scitex.console.service.ServiceException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code runtime: slurm-tenant}: tmux sessions inside a reservation's job (contract §5). All tenants of one
 * reservation are started or stopped in ONE round trip ({@link TenantCommands#batch}). When the job turns out to be
 * gone, the lease is refreshed once and the command retried in the successor job.
 */
public final class TenantRuntime {
    private static final String ALLOCATION_GONE = "Unable to confirm allocation";

    private final RemoteExecutor remote;
    private final TenantLeases leases;

    public TenantRuntime(RemoteExecutor remote, ReservationService reservations) {
        this.remote = remote;
        this.leases = new TenantLeases(reservations);
    }

    /** Tenants of one reservation ({@code spec.slurm.reservation}), started in one round trip. Keyed by name. */
    public Map<String, ActionResult> start(String reservation, List<AgentSpec> tenants, boolean force) {
        Map<String, ActionResult> out = new LinkedHashMap<>();
        List<TenantOp> ops = new ArrayList<>();
        for (AgentSpec a : tenants) {
            try {
                ops.add(TenantOp.start(a, force));
            } catch (IllegalArgumentException e) {
                out.put(a.name(), ActionResult.failed(a.name(), e.getMessage()));
            }
        }
        if (ops.isEmpty()) {
            return out;
        }
        try {
            Lease lease = leases.resolve(reservation);
            out.putAll(batch(reservation, lease, ops));
        } catch (ServiceException e) {
            ops.forEach(op -> out.put(op.name(), ActionResult.failed(op.name(), e.getMessage())));
        }
        return out;
    }

    /** Kills the tenants' sessions in one round trip; the reservation is never released. Keyed by name. */
    public Map<String, ActionResult> stop(String reservation, List<AgentSpec> tenants) {
        Map<String, ActionResult> out = new LinkedHashMap<>();
        List<TenantOp> ops = tenants.stream().map(a -> TenantOp.stop(a.name())).toList();
        try {
            out.putAll(batch(reservation, leases.resolve(reservation), ops));
        } catch (TenantLeases.NoLiveJob e) {
            ops.forEach(op -> out.put(op.name(), new ActionResult(op.name(), ActionOutcome.NOT_RUNNING,
                    "reservation '" + reservation + "' has no live job; its sessions ended with it")));
        } catch (ServiceException e) {
            ops.forEach(op -> out.put(op.name(), ActionResult.failed(op.name(), e.getMessage())));
        }
        return out;
    }

    /**
     * Starts into the reservation's current job (found by refresh, e.g. the successor of a resubmitted job) those
     * tenants whose sessions are gone; the others answer ALREADY_RUNNING. One refresh, one batch.
     */
    public List<ActionResult> restartLost(String reservation, List<AgentSpec> tenants) throws ServiceException {
        Lease lease = leases.refreshed(reservation, leases.resolve(reservation));
        List<ActionResult> out = new ArrayList<>();
        List<TenantOp> ops = new ArrayList<>();
        Map<String, Integer> at = new LinkedHashMap<>();
        for (AgentSpec a : tenants) {
            String theirs = a.slurm().reservation();
            if (!theirs.equals(lease.name()) && !theirs.equals(lease.id())) {
                out.add(ActionResult.failed(a.name(), "agent '" + a.name() + "' is a tenant of '" + theirs
                        + "', not of '" + reservation + "'"));
                continue;
            }
            try {
                ops.add(TenantOp.start(a, false));
                at.put(a.name(), out.size());
                out.add(null);
            } catch (IllegalArgumentException e) {
                out.add(ActionResult.failed(a.name(), e.getMessage()));
            }
        }
        if (!ops.isEmpty()) {
            Map<String, ActionResult> done = batch(reservation, lease, ops);
            at.forEach((name, i) -> out.set(i, done.get(name)));
        }
        return out;
    }

    /** The host of the tenant's reservation (its job need not be alive). */
    public String host(AgentSpec tenant) throws ServiceException {
        String reservation = tenant.slurm().reservation();
        if (reservation.isEmpty()) {
            throw new ServiceException(TenantLeases.NEEDS_RESERVATION);
        }
        return leases.lease(reservation).host();
    }

    /** {@code capture-pane} of the tenant's session. */
    public List<String> logs(AgentSpec tenant, int lines) throws ServiceException {
        String reservation = tenant.slurm().reservation();
        Lease lease = leases.resolve(reservation);
        Ran ran = inJob(reservation, lease, l -> TenantCommands.logs(l, tenant.name(), lines),
                r -> !r.stderr().contains(ALLOCATION_GONE));
        if (!ran.result().ok()) {
            throw new ServiceException("cannot read the pane of " + tenant.sessionName() + " in reservation "
                    + ran.lease().id() + ": " + ran.result().stderr().strip());
        }
        return ran.result().stdout().lines().toList();
    }

    /** The tenant's output log, read on its reservation's host (docs/decisions/0510). */
    public LogTarget outputLog(AgentSpec tenant) throws ServiceException {
        Lease lease = leases.resolve(tenant.slurm().reservation());
        return new LogTarget(tenant.name(), lease.host(), List.of(new LogTarget.Source(OutputLog.path(tenant.name()),
                "")));
    }

    /** Types {@code input} into the tenant's pane (keys, and text pasted through a tmux buffer). */
    public void input(AgentSpec tenant, PaneInput input) throws ServiceException {
        String reservation = tenant.slurm().reservation();
        Lease lease = leases.resolve(reservation);
        Ran ran = inJob(reservation, lease, l -> PaneInputCommand.of(input, TenantCommands.liveJob(l),
                TenantCommands.socket(l), tenant.name()), r -> !r.stderr().contains(ALLOCATION_GONE));
        if (!ran.result().stdout().contains("SAC-END")) {
            throw new ServiceException("cannot type into " + tenant.sessionName() + " in reservation "
                    + ran.lease().id() + ": " + ran.result().stderr().strip());
        }
    }

    public AttachTarget attach(AgentSpec tenant, io.scitex.console.service.AttachMode mode) throws ServiceException {
        Lease lease = leases.resolve(tenant.slurm().reservation());
        String token = PaneCommands.attachToken();
        RemoteCommand attach = TenantCommands.attach(lease, tenant.name(), token, mode);
        String socket = lease.tmuxServer().orElse(SbatchScript.SOCKET);
        ExecResult prefix = run(lease.host(), PaneCommands.prefixQuery(lease.jobId(), socket));
        return new AttachTarget(lease.host(), attach,
                tenant.name() + " (reservation " + lease.name() + ", job " + lease.jobId() + ")",
                prefix.ok() ? PaneCommands.parsePrefix(prefix.stdout()) : PaneCommands.DEFAULT_PREFIX,
                PaneCommands.releaseClient(TenantCommands.liveJob(lease), token));
    }

    private Map<String, ActionResult> batch(String reservation, Lease lease, List<TenantOp> ops)
            throws ServiceException {
        Ran ran = inJob(reservation, lease, l -> TenantCommands.batch(l, ops), r -> r.stdout().contains("SAC-END"));
        Map<String, ActionResult> out = new LinkedHashMap<>();
        List<String> stopping = ops.stream().filter(o -> o.action() == TenantOp.Action.STOP).map(TenantOp::name)
                .toList();
        String note = "reservation " + ran.lease().id() + ", job " + ran.lease().jobId();
        TenantResults.parse(ops, ran.result()).forEach((name, t) -> out.put(name, switch (t.status()) {
            case STARTED -> new ActionResult(name, ActionOutcome.STARTED, note);
            case RESTARTED -> new ActionResult(name, ActionOutcome.RESTARTED, note);
            case EXISTS -> new ActionResult(name, ActionOutcome.ALREADY_RUNNING, note);
            case STOPPED -> new ActionResult(name, ActionOutcome.STOPPED, note);
            case ABSENT -> new ActionResult(name, ActionOutcome.NOT_RUNNING, note);
            case FAILED -> ActionResult.failed(name, stopping.contains(name)
                    ? "tmux kill-session failed in reservation " + ran.lease().id() + ": stdout=" + t.stdout().strip()
                            + " stderr=" + t.stderr().strip()
                    : t.failureText(ran.lease().id()));
        }));
        return out;
    }

    private record Ran(Lease lease, ExecResult result) {}

    /** Runs a command in the lease's job; if it did not reach the job, refreshes the lease once and retries. */
    private Ran inJob(String reservation, Lease lease, Function<Lease, RemoteCommand> command,
            Predicate<ExecResult> reachedJob) throws ServiceException {
        ExecResult r = run(lease.host(), command.apply(lease));
        if (reachedJob.test(r)) {
            return new Ran(lease, r);
        }
        Lease fresh = leases.refreshed(reservation, lease);
        if (fresh.jobId().equals(lease.jobId())) {
            return new Ran(lease, r);
        }
        return new Ran(fresh, run(fresh.host(), command.apply(fresh)));
    }

    private ExecResult run(String host, RemoteCommand command) throws ServiceException {
        try {
            return remote.run(host, command);
        } catch (RemoteException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }
}
