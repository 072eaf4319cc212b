package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
import io.scitex.console.slurm.JobState;
import io.scitex.console.status.StatusEvent.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The events between two consecutive snapshots. Pure: the poller diffs each new snapshot against a baseline in
 * which what could not be seen (unknown agents, unreachable reservations, connecting hosts) keeps its last known
 * value ({@link #baseline}), so a host outage does not replay every agent's start when it ends.
 */
public final class EventDiff {
    private static final Set<AgentPhase> INACTIVE = EnumSet.of(AgentPhase.STOPPED, AgentPhase.EXITED, AgentPhase.LOST);
    private static final Set<AgentPhase> ACTIVE = EnumSet.of(AgentPhase.PENDING, AgentPhase.STARTING,
            AgentPhase.RUNNING);

    private EventDiff() {}

    /** Events from {@code before} (a baseline) to {@code after}, in a stable order: hosts, reservations, agents. */
    public static List<StatusEvent> diff(ClusterSnapshot before, ClusterSnapshot after) {
        List<StatusEvent> events = new ArrayList<>();
        Instant at = after.takenAt();
        new TreeMap<>(after.hosts()).forEach((k, h) -> host(before.hosts().get(k), h, at, events));
        new TreeMap<>(after.reservations()).forEach((k, r) -> reservation(before.reservations().get(k), r, at, events));
        new TreeMap<>(after.agents()).forEach((k, a) -> agent(before.agents().get(k), a, at, events));
        return events;
    }

    /** {@code next} with every entry that could not be observed replaced by its entry in {@code previous}. */
    public static ClusterSnapshot baseline(ClusterSnapshot previous, ClusterSnapshot next) {
        Map<String, HostStatus> hosts = new HashMap<>(next.hosts());
        hosts.replaceAll((k, h) -> h.connection() == ConnectionState.CONNECTING && previous.hosts().containsKey(k)
                ? previous.hosts().get(k) : h);
        Map<String, ReservationStatus> reservations = new HashMap<>(next.reservations());
        reservations.replaceAll((k, r) -> r.jobState().equals(ReservationStatus.UNKNOWN)
                && previous.reservations().containsKey(k) ? previous.reservations().get(k) : r);
        Map<String, AgentStatus> agents = new HashMap<>(next.agents());
        agents.replaceAll((k, a) -> a.phase() == AgentPhase.UNKNOWN && previous.agents().containsKey(k)
                ? previous.agents().get(k) : a);
        return new ClusterSnapshot(next.takenAt(), hosts, agents, reservations);
    }

    private static void host(HostStatus p, HostStatus n, Instant at, List<StatusEvent> out) {
        if (n.connection() == ConnectionState.DISCONNECTED && (p == null || p.connection() != n.connection())) {
            out.add(StatusEvent.host(Type.HOST_DISCONNECTED, n, "host " + n.host() + " disconnected"
                    + (n.reason().isEmpty() ? "" : ": " + n.reason()), at));
        } else if (n.connection() == ConnectionState.CONNECTED && p != null
                && p.connection() == ConnectionState.DISCONNECTED) {
            out.add(StatusEvent.host(Type.HOST_RECONNECTED, n, "host " + n.host() + " reconnected", at));
        }
    }

    private static void reservation(ReservationStatus p, ReservationStatus n, Instant at, List<StatusEvent> out) {
        if (p == null || n.jobState().equals(ReservationStatus.UNKNOWN)) {
            return;
        }
        if (!p.jobId().isEmpty() && !n.jobId().isEmpty() && !p.jobId().equals(n.jobId())) {
            out.add(StatusEvent.reservation(Type.RESERVATION_RESUBMITTED, n, n.jobId(), n.jobState(),
                    "reservation " + n.name() + " resubmitted: job " + p.jobId() + " -> job " + n.jobId(), at));
        } else if (p.jobId().equals(n.jobId()) && !n.jobId().isEmpty() && active(p.jobState()) && ended(n.jobState())) {
            String state = endState(n.jobState());
            out.add(StatusEvent.reservation(Type.JOB_ENDED, n, n.jobId(), state,
                    "job " + n.jobId() + " of reservation " + n.name() + endWords(state), at));
        }
    }

    private static void agent(AgentStatus p, AgentStatus n, Instant at, List<StatusEvent> out) {
        if (p == null || p.phase() == AgentPhase.UNKNOWN || n.phase() == AgentPhase.UNKNOWN) {
            return;
        }
        if (!n.isTenant() && (jobEnded(p, n, at, out) || ending(n.jobState()))) {
            return; // an ending job gets its one JOB_ENDED, with the end state, when the state is known
        }
        if (p.phase() == n.phase()) {
            return;
        }
        String name = n.agent();
        if (n.phase() == AgentPhase.RUNNING) {
            out.add(StatusEvent.agent(Type.RUNNING, n, n.jobId(), n.jobState(), name + " is running"
                    + (n.node().isEmpty() ? "" : " on " + n.node()), at));
        } else if (ACTIVE.contains(n.phase()) && INACTIVE.contains(p.phase())) {
            out.add(StatusEvent.agent(Type.STARTED, n, n.jobId(), n.jobState(), name + " started ("
                    + n.phase().label() + (n.detail().isEmpty() ? "" : ": " + n.detail()) + ")", at));
        } else if (n.phase() == AgentPhase.EXITED && ACTIVE.contains(p.phase())) {
            out.add(StatusEvent.agent(Type.SESSION_VANISHED, n, n.jobId(), n.jobState(), name + ": session sac-"
                    + name + " vanished while job " + n.jobId() + " runs", at));
        } else if (n.phase() == AgentPhase.STOPPED && (ACTIVE.contains(p.phase()) || p.phase() == AgentPhase.EXITED)) {
            out.add(StatusEvent.agent(Type.STOPPED, n, p.jobId(), n.jobState(), name + " stopped"
                    + (n.detail().isEmpty() ? "" : " (" + n.detail() + ")"), at));
        }
    }

    /** A runtime: slurm agent's job ended or was replaced by a successor: one JOB_ENDED, no phase event. */
    private static boolean jobEnded(AgentStatus p, AgentStatus n, Instant at, List<StatusEvent> out) {
        if (p.jobId().isEmpty() || n.jobId().isEmpty() || !active(p.jobState())) {
            return false;
        }
        if (!p.jobId().equals(n.jobId())) {
            out.add(StatusEvent.agent(Type.JOB_ENDED, n, p.jobId(), "", "job " + p.jobId() + " of " + n.agent()
                    + " ended; it continues as job " + n.jobId(), at));
            return true;
        }
        if (ended(n.jobState())) {
            String state = endState(n.jobState());
            out.add(StatusEvent.agent(Type.JOB_ENDED, n, n.jobId(), state, "job " + n.jobId() + " of " + n.agent()
                    + endWords(state), at));
            return true;
        }
        return false;
    }

    private static boolean active(String jobState) {
        return !jobState.isEmpty() && JobState.parse(jobState).isActive();
    }

    private static boolean ending(String jobState) {
        JobState s = JobState.parse(jobState);
        return s == JobState.COMPLETING || s == JobState.STAGE_OUT;
    }

    private static boolean ended(String jobState) {
        return jobState.equals(ReservationStatus.GONE) || JobState.parse(jobState).isTerminal();
    }

    private static String endState(String jobState) {
        return jobState.equals(ReservationStatus.GONE) ? "" : jobState;
    }

    private static String endWords(String state) {
        return state.isEmpty() ? " left the queue" : " ended: " + state;
    }
}
