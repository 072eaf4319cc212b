package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
import static io.scitex.console.status.Snapshots.agents;
import static io.scitex.console.status.Snapshots.host;
import static io.scitex.console.status.Snapshots.reservation;
import static io.scitex.console.status.Snapshots.slurm;
import static io.scitex.console.status.Snapshots.tenant;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.status.StatusEvent.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDiffTest {

    @Test
    void theFirstSnapshotAnnouncesNoAgentOnlyAnUnreachableHost() {
        ClusterSnapshot first = Snapshots.of(0, List.of(host("h", ConnectionState.DISCONNECTED),
                host("g", ConnectionState.CONNECTED)), List.of(reservation("pool", "10", "RUNNING")),
                List.of(slurm("a", AgentPhase.RUNNING, "5", "RUNNING")));
        assertThat(EventDiff.diff(ClusterSnapshot.empty(), first)).extracting(StatusEvent::type, StatusEvent::host)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Type.HOST_DISCONNECTED, "h"));
    }

    @Test
    void aJobsLifeGivesOneEventPerChangeNotPerRefresh() {
        List<ClusterSnapshot> seq = List.of(
                agents(0, slurm("a", AgentPhase.STOPPED, "", "")),
                agents(5, slurm("a", AgentPhase.PENDING, "7", "PENDING")),
                agents(10, slurm("a", AgentPhase.PENDING, "7", "PENDING")),
                agents(15, slurm("a", AgentPhase.STARTING, "7", "RUNNING")),
                agents(20, slurm("a", AgentPhase.RUNNING, "7", "RUNNING")),
                agents(25, slurm("a", AgentPhase.RUNNING, "7", "RUNNING")),
                agents(30, slurm("a", AgentPhase.EXITED, "7", "RUNNING")),
                agents(35, slurm("a", AgentPhase.EXITED, "7", "RUNNING")),
                agents(40, slurm("a", AgentPhase.STOPPED, "7", "COMPLETING")),
                agents(45, slurm("a", AgentPhase.STOPPED, "7", "CANCELLED")),
                agents(50, slurm("a", AgentPhase.STOPPED, "7", "CANCELLED")),
                agents(55, slurm("a", AgentPhase.STOPPED, "7", "GONE")));
        List<StatusEvent> events = run(seq);
        assertThat(events).extracting(StatusEvent::type)
                .containsExactly(Type.STARTED, Type.RUNNING, Type.SESSION_VANISHED, Type.JOB_ENDED);
        StatusEvent ended = events.get(3);
        assertThat(ended.jobId()).isEqualTo("7");
        assertThat(ended.jobState()).isEqualTo("CANCELLED");
        assertThat(ended.message()).isEqualTo("job 7 of a ended: CANCELLED");
        assertThat(ended.at()).isEqualTo(Snapshots.T0.plusSeconds(45));
    }

    @Test
    void aJobThatLeavesTheQueueUnseenEndsWithoutAState() {
        List<StatusEvent> events = run(List.of(agents(0, slurm("a", AgentPhase.RUNNING, "7", "RUNNING")),
                agents(5, slurm("a", AgentPhase.STOPPED, "7", "GONE"))));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(Type.JOB_ENDED);
            assertThat(e.jobState()).isEmpty();
            assertThat(e.message()).isEqualTo("job 7 of a left the queue");
        });
    }

    @Test
    void aResubmittedAgentJobEndsOnceAndItsSuccessorIsNoStart() {
        List<StatusEvent> events = run(List.of(agents(0, slurm("a", AgentPhase.RUNNING, "7", "RUNNING")),
                agents(5, slurm("a", AgentPhase.PENDING, "9", "PENDING")),
                agents(10, slurm("a", AgentPhase.RUNNING, "9", "RUNNING"))));
        assertThat(events).extracting(StatusEvent::type).containsExactly(Type.JOB_ENDED, Type.RUNNING);
        assertThat(events.get(0).jobId()).isEqualTo("7");
        assertThat(events.get(0).message()).contains("continues as job 9");
    }

    @Test
    void aUserStopIsStoppedNotAJobEnd() {
        assertThat(run(List.of(agents(0, slurm("a", AgentPhase.RUNNING, "7", "RUNNING")),
                agents(5, slurm("a", AgentPhase.STOPPED, "", "")))))
                .extracting(StatusEvent::type).containsExactly(Type.STOPPED);
    }

    @Test
    void aHostOutageGivesTwoHostEventsAndNoAgentEvents() {
        AgentStatus running = tenant("t", "pool", AgentPhase.RUNNING, "10");
        ClusterSnapshot up = Snapshots.of(0, List.of(host("h", ConnectionState.CONNECTED)),
                List.of(reservation("pool", "10", "RUNNING")), List.of(running));
        ClusterSnapshot down = Snapshots.of(5, List.of(host("h", ConnectionState.DISCONNECTED)),
                List.of(reservation("pool", "10", ReservationStatus.UNKNOWN)),
                List.of(running.withPhase(AgentPhase.UNKNOWN, "host unreachable")));
        ClusterSnapshot connecting = Snapshots.of(10, List.of(host("h", ConnectionState.CONNECTING)),
                List.of(reservation("pool", "10", ReservationStatus.UNKNOWN)),
                List.of(running.withPhase(AgentPhase.UNKNOWN, "host unreachable")));
        List<StatusEvent> events = run(List.of(up, down, down, connecting, down, up, up));
        assertThat(events).extracting(StatusEvent::type).containsExactly(Type.HOST_DISCONNECTED,
                Type.HOST_RECONNECTED);
        assertThat(events.get(0).message()).isEqualTo("host h disconnected: connection refused");
    }

    @Test
    void anAgentThatStoppedWhileItsHostWasDownIsReportedWhenTheHostIsBack() {
        AgentStatus running = slurm("a", AgentPhase.RUNNING, "7", "RUNNING");
        List<StatusEvent> events = run(List.of(agents(0, running),
                agents(5, running.withPhase(AgentPhase.UNKNOWN, "host unreachable")),
                agents(10, slurm("a", AgentPhase.STOPPED, "7", "TIMEOUT"))));
        assertThat(events).extracting(StatusEvent::type, StatusEvent::jobState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Type.JOB_ENDED, "TIMEOUT"));
    }

    @Test
    void aResubmittedReservationIsOneEventAndItsTenantsRaiseNone() {
        ClusterSnapshot before = Snapshots.of(0, List.of(host("h", ConnectionState.CONNECTED)),
                List.of(reservation("pool", "10", "RUNNING")),
                List.of(tenant("t1", "pool", AgentPhase.RUNNING, "10"),
                        tenant("t2", "pool", AgentPhase.RUNNING, "10")));
        ClusterSnapshot after = Snapshots.of(5, List.of(host("h", ConnectionState.CONNECTED)),
                List.of(reservation("pool", "12", "RUNNING")),
                List.of(tenant("t1", "pool", AgentPhase.LOST, "12"), tenant("t2", "pool", AgentPhase.LOST, "12")));
        List<StatusEvent> events = run(List.of(before, after, after));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(Type.RESERVATION_RESUBMITTED);
            assertThat(e.reservation()).isEqualTo("pool");
            assertThat(e.jobId()).isEqualTo("12");
            assertThat(e.message()).isEqualTo("reservation pool resubmitted: job 10 -> job 12");
        });
    }

    @Test
    void aReservationJobThatEndsIsOneJobEnded() {
        List<StatusEvent> events = run(List.of(
                Snapshots.of(0, List.of(), List.of(reservation("pool", "10", "RUNNING")), List.of()),
                Snapshots.of(5, List.of(), List.of(reservation("pool", "10", "TIMEOUT")), List.of()),
                Snapshots.of(10, List.of(), List.of(reservation("pool", "10", ReservationStatus.GONE)), List.of())));
        assertThat(events).extracting(StatusEvent::type, StatusEvent::jobState)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Type.JOB_ENDED, "TIMEOUT"));
    }

    @Test
    void tenantSessionsVanishingAndComingBack() {
        List<StatusEvent> events = run(List.of(agents(0, tenant("t", "pool", AgentPhase.STOPPED, "10")),
                agents(5, tenant("t", "pool", AgentPhase.RUNNING, "10")),
                agents(10, tenant("t", "pool", AgentPhase.EXITED, "10")),
                agents(15, tenant("t", "pool", AgentPhase.RUNNING, "10")),
                agents(20, tenant("t", "pool", AgentPhase.STOPPED, "10"))));
        assertThat(events).extracting(StatusEvent::type).containsExactly(Type.RUNNING, Type.SESSION_VANISHED,
                Type.RUNNING, Type.STOPPED);
        assertThat(events.get(1).message()).isEqualTo("t: session sac-t vanished while job 10 runs");
    }

    /** Feeds snapshots through the diff the way the poller does, baseline included. */
    private static List<StatusEvent> run(List<ClusterSnapshot> seq) {
        List<StatusEvent> out = new ArrayList<>();
        ClusterSnapshot baseline = ClusterSnapshot.empty();
        for (ClusterSnapshot s : seq) {
            out.addAll(EventDiff.diff(baseline, s));
            baseline = EventDiff.baseline(baseline, s);
        }
        return out;
    }
}
