package io.scitex.console.status;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.Lease;
import io.scitex.console.runtime.PaneReport;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.SqueueRow;
import java.util.Optional;

/** The phase of a {@code runtime: slurm-tenant} agent: its reservation's job and its session in that job. */
final class TenantPhases {
    private TenantPhases() {}

    static AgentStatus resolve(AgentSpec spec, Inventory inventory, Round round) {
        String name = spec.name();
        String res = spec.slurm().reservation();
        Optional<Lease> found = res.isEmpty() ? Optional.empty() : inventory.leaseNamed(res);
        AgentStatuses st = new AgentStatuses(spec, found.map(Lease::host).orElse(""), round.previousOf(name));
        if (found.isEmpty()) {
            round.lost().remove(name);
            return st.plain(AgentPhase.STOPPED, res.isEmpty() ? "spec.slurm.reservation is not set"
                    : "no reservation named '" + res + "'");
        }
        Optional<HostObservation> obs = round.observation(found.get().host());
        if (obs.isEmpty() || obs.get().kind() == HostObservation.Kind.UNREACHABLE) {
            return st.unknown(found.get().jobId(), AgentStatuses.UNREACHABLE);
        }
        if (!obs.get().ok()) {
            return st.unknown(found.get().jobId(), obs.get().error());
        }
        Lease lease = obs.get().leases().getOrDefault(found.get().id(), found.get());
        markLost(st, lease, obs.get(), round);
        if (!lease.hasJob()) {
            return lostOr(st, round, lease, AgentPhase.STOPPED, "reservation '" + res + "' has no live job",
                    Optional.empty());
        }
        Optional<SqueueRow> row = obs.get().row(lease.jobId());
        if (AgentStatuses.over(row)) {
            if (round.userStopped().remove(name)) {
                round.lost().remove(name);
                return st.job(AgentPhase.STOPPED, "", lease.jobId(), AgentStatuses.stateOf(row), row);
            }
            round.lost().put(name, lease.jobId());
            return st.job(AgentPhase.LOST, "reservation " + res + ": "
                    + AgentStatuses.endWords(lease.jobId(), row), lease.jobId(), AgentStatuses.stateOf(row), row);
        }
        SqueueRow r = row.get();
        if (r.state().isPending() || r.state() == JobState.CONFIGURING) {
            return lostOr(st, round, lease, AgentPhase.STOPPED, "reservation " + res + " is pending: "
                    + AgentStatuses.waiting(r), row);
        }
        if (r.state() != JobState.RUNNING) {
            return st.unknown(lease.jobId(), "reservation job " + lease.jobId() + " is " + r.state().name());
        }
        if (lease.tmuxServer().isEmpty()) {
            return st.job(AgentPhase.STOPPED, "reservation '" + lease.id() + "' was not booked with tmux_server set",
                    lease.jobId(), r.state().name(), row);
        }
        HostObservation.Sweep sweep = obs.get().sweeps().get(lease.jobId());
        if (sweep == null || !sweep.ok()) {
            return st.unknown(lease.jobId(), sweep == null ? "panes not checked" : sweep.error());
        }
        PaneReport pane = sweep.result().panes().get(name);
        if (pane != null && pane.kind() != PaneReport.Kind.GONE) {
            round.lost().remove(name);
            // a stop may still be on its way: keep the mark until the session is seen gone
            return st.running(r, round.panes().pane(lease.host(), lease.jobId(), name),
                    Optional.ofNullable(sweep.result().hooks().get(name)), round.now(), round.stalledAfter());
        }
        if (round.userStopped().remove(name)) {
            round.lost().remove(name);
            return st.job(AgentPhase.STOPPED, "", lease.jobId(), r.state().name(), row);
        }
        if (!round.lost().containsKey(name) && st.wasAliveIn(lease.jobId())) {
            String why = sweep.result().serverRunning() ? "session sac-" + name + " vanished"
                    : "the tmux server of reservation " + res + " is not running";
            return st.job(AgentPhase.EXITED, why, lease.jobId(), r.state().name(), row);
        }
        String detail = sweep.result().serverRunning() ? ""
                : "the tmux server of reservation " + res + " is not running";
        return lostOr(st, round, lease, AgentPhase.STOPPED, detail, row);
    }

    /** When this refresh moved the lease to a new job, every tenant that was not known stopped is lost. */
    private static void markLost(AgentStatuses st, Lease lease, HostObservation obs, Round round) {
        String from = obs.movedFrom().get(lease.id());
        if (from == null) {
            return;
        }
        boolean stopped = st.previous().filter(p -> p.phase() == AgentPhase.STOPPED).isPresent();
        if (!stopped) {
            round.lost().put(st.name(), from);
        }
    }

    private static AgentStatus lostOr(AgentStatuses st, Round round, Lease lease, AgentPhase otherwise, String detail,
            Optional<SqueueRow> row) {
        String name = st.name();
        String state = row.map(r -> r.state().name()).orElse("");
        String from = round.lost().get(name);
        if (from != null && !from.equals(lease.jobId())) {
            String where = lease.hasJob() ? "moved to job " + lease.jobId() : "has no live job";
            return st.job(AgentPhase.LOST, "reservation " + lease.name() + " " + where + " (was job " + from
                    + "); restart to continue", lease.jobId(), state, row);
        }
        return st.job(otherwise, detail, lease.jobId(), state, row);
    }
}
