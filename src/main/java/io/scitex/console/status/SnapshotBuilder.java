package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.runtime.PaneReport;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.SqueueRow;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns one refresh's observations into an immutable {@link ClusterSnapshot}. */
final class SnapshotBuilder {
    private SnapshotBuilder() {}

    static ClusterSnapshot build(Targets targets, Round round) {
        Map<String, HostStatus> hosts = new HashMap<>();
        for (String h : targets.hosts()) {
            hosts.put(h, host(h, round));
        }
        Map<String, ReservationStatus> reservations = new HashMap<>();
        for (Lease l : targets.leases()) {
            reservations.put(l.id(), reservation(l, round));
        }
        Map<String, AgentStatus> agents = new HashMap<>();
        for (AgentSpec t : targets.tenants()) {
            agents.put(t.name(), TenantPhases.resolve(t, targets.inventory(), round));
        }
        for (Targets.SlurmAgent a : targets.slurmAgents()) {
            agents.put(a.spec().name(), JobPhases.resolve(a, round));
        }
        round.lost().keySet().retainAll(agents.keySet());
        return new ClusterSnapshot(round.now(), hosts, agents, reservations);
    }

    private static HostStatus host(String host, Round round) {
        Optional<HostStatus> prev = Optional.ofNullable(round.previous().hosts().get(host));
        Optional<HostObservation> obs = round.observation(host);
        if (obs.isEmpty()) {
            return prev.orElse(new HostStatus(host, ConnectionState.CONNECTING, "", Optional.empty(), Duration.ZERO));
        }
        HostObservation o = obs.get();
        if (o.kind() == HostObservation.Kind.UNREACHABLE) {
            return new HostStatus(host, ConnectionState.DISCONNECTED, o.error(),
                    prev.flatMap(HostStatus::lastGoodRefresh), prev.map(HostStatus::latency).orElse(Duration.ZERO));
        }
        return new HostStatus(host, ConnectionState.CONNECTED, o.error(), Optional.of(o.at()), o.latency());
    }

    private static ReservationStatus reservation(Lease original, Round round) {
        Optional<HostObservation> obs = round.observation(original.host());
        if (obs.isEmpty() || !obs.get().ok()) {
            String why = obs.map(o -> o.kind() == HostObservation.Kind.UNREACHABLE ? AgentStatuses.UNREACHABLE
                    : o.error()).orElse("not checked yet");
            return new ReservationStatus(original.id(), original.name(), original.host(), original.jobId(),
                    ReservationStatus.UNKNOWN, original.node(), "", "", why, List.of());
        }
        Lease l = obs.get().leases().getOrDefault(original.id(), original);
        if (!l.hasJob()) {
            return new ReservationStatus(l.id(), l.name(), l.host(), "", "", "", "", "", "no live job", List.of());
        }
        Optional<SqueueRow> row = obs.get().row(l.jobId());
        if (row.isEmpty()) {
            return new ReservationStatus(l.id(), l.name(), l.host(), l.jobId(), ReservationStatus.GONE, l.node(), "",
                    "", "job " + l.jobId() + " is no longer in the queue", List.of());
        }
        SqueueRow r = row.get();
        String reason = "";
        List<String> tenants = List.of();
        if (r.state().isPending() || r.state() == JobState.CONFIGURING) {
            reason = AgentStatuses.waiting(r);
        } else if (r.state() == JobState.RUNNING && l.tmuxServer().isEmpty()) {
            reason = "booked without a tmux server";
        } else if (r.state() == JobState.RUNNING) {
            HostObservation.Sweep s = obs.get().sweeps().get(l.jobId());
            if (s == null || !s.ok()) {
                reason = s == null ? "panes not checked" : s.error();
            } else if (!s.result().serverRunning()) {
                reason = "tmux server not running: " + s.result().serverError();
            } else {
                tenants = s.result().panes().values().stream().filter(p -> p.kind() != PaneReport.Kind.GONE)
                        .map(PaneReport::name).sorted().toList();
            }
        }
        return new ReservationStatus(l.id(), l.name(), l.host(), l.jobId(), r.state().name(), r.nodes(), r.elapsed(),
                r.timeLeft(), reason, tenants);
    }
}
