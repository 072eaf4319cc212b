package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.Lease;
import io.scitex.console.runtime.PaneReport;
import io.scitex.console.runtime.SlurmJobState;
import io.scitex.console.runtime.SweepResult;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.PendingReason;
import io.scitex.console.slurm.Specs;
import io.scitex.console.slurm.SqueueRow;
import io.scitex.console.status.HostObservation.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The phase rules, from hand-made observations of one host {@code h} (no SSH). */
class PhaseRulesTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private final Lease pool = new Lease("h-pool", "pool", "h", "10", "n1", false, "", "",
            Map.of("tmux_server", "sac"));
    private final AgentSpec t1 = Specs.tenant("t1", "pool");
    private final AgentSpec t2 = Specs.tenant("t2", "pool");
    private final AgentSpec orphan = Specs.tenant("orphan", "nosuch");
    private final AgentSpec job = Specs.slurmAgent("solo");
    private final AgentSpec never = Specs.slurmAgent("never");
    private final Map<String, SlurmJobState> states = Map.of("solo", new SlurmJobState("solo", "7", "", "", "h"));
    private final PaneMemory panes = new PaneMemory();
    private final Map<String, String> lost = new HashMap<>();
    private final Set<String> userStopped = new HashSet<>();
    private ClusterSnapshot previous = ClusterSnapshot.empty();

    @Test
    void anUnreachableHostMakesItsAgentsUnknownNeverStopped() {
        ClusterSnapshot s = build(List.of(pool), HostObservation.failed("h", Kind.UNREACHABLE, "h: connection refused",
                NOW, Duration.ZERO));
        assertThat(s.hosts().get("h").connection()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(s.hosts().get("h").reason()).isEqualTo("h: connection refused");
        assertThat(s.agents().get("t1").phase()).isEqualTo(AgentPhase.UNKNOWN);
        assertThat(s.agents().get("t1").detail()).isEqualTo("host unreachable");
        assertThat(s.agents().get("solo").phase()).isEqualTo(AgentPhase.UNKNOWN);
        assertThat(s.agents().get("solo").jobId()).isEqualTo("7");
        assertThat(s.agents().get("never").phase()).isEqualTo(AgentPhase.STOPPED);
        assertThat(s.agents().get("orphan").phase()).isEqualTo(AgentPhase.STOPPED);
        assertThat(s.agents().get("orphan").detail()).isEqualTo("no reservation named 'nosuch'");
        assertThat(s.reservations().get("h-pool").jobState()).isEqualTo(ReservationStatus.UNKNOWN);
    }

    @Test
    void aFailedSqueueIsUnknownOnAConnectedHost() {
        ClusterSnapshot s = build(List.of(pool), HostObservation.failed("h", Kind.SCHEDULER_ERROR,
                "squeue failed: slurm_load_jobs error: Unable to contact slurm controller (exit 1)", NOW,
                Duration.ZERO));
        assertThat(s.hosts().get("h").connection()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(s.agents().get("t1").phase()).isEqualTo(AgentPhase.UNKNOWN);
        assertThat(s.agents().get("t1").detail()).contains("Unable to contact slurm controller");
    }

    @Test
    void tenantsRunExitAndStopByTheirSessions() {
        Map<String, SweepResult> sweeps = Map.of("10", sweep(Map.of("t1", "echo: hi\n>"), true));
        ClusterSnapshot s = build(List.of(pool), ok(List.of(row("10", "pool", JobState.RUNNING)), Map.of(), sweeps));
        assertThat(s.agents().get("t1").phase()).isEqualTo(AgentPhase.RUNNING);
        assertThat(s.agents().get("t1").paneTail()).containsExactly("echo: hi", ">");
        assertThat(s.agents().get("t1").activity()).isEqualTo(Activity.WAITING);
        assertThat(s.agents().get("t2").phase()).isEqualTo(AgentPhase.STOPPED);
        assertThat(s.reservations().get("h-pool").tenants()).containsExactly("t1");

        ClusterSnapshot gone = build(List.of(pool), ok(List.of(row("10", "pool", JobState.RUNNING)), Map.of(),
                Map.of("10", sweep(Map.of(), true))));
        assertThat(gone.agents().get("t1").phase()).isEqualTo(AgentPhase.EXITED);
        assertThat(gone.agents().get("t1").paneTail()).containsExactly("echo: hi", ">");
        assertThat(build(List.of(pool), ok(List.of(row("10", "pool", JobState.RUNNING)), Map.of(),
                Map.of("10", sweep(Map.of(), true)))).agents().get("t1").phase()).isEqualTo(AgentPhase.EXITED);

        previous = s;
        userStopped.add("t1");
        ClusterSnapshot stopped = build(List.of(pool), ok(List.of(row("10", "pool", JobState.RUNNING)), Map.of(),
                Map.of("10", sweep(Map.of(), true))));
        assertThat(stopped.agents().get("t1").phase()).isEqualTo(AgentPhase.STOPPED);
        assertThat(userStopped).isEmpty();
    }

    @Test
    void aDeadTmuxServerIsSaidInPlainWords() {
        build(List.of(pool), ok(List.of(row("10", "pool", JobState.RUNNING)), Map.of(),
                Map.of("10", sweep(Map.of("t1", ">"), true))));
        ClusterSnapshot s = build(List.of(pool), ok(List.of(row("10", "pool", JobState.RUNNING)), Map.of(),
                Map.of("10", new SweepResult(false, "no server running on /tmp/x/sac", Map.of(), true))));
        assertThat(s.agents().get("t1").phase()).isEqualTo(AgentPhase.EXITED);
        assertThat(s.agents().get("t1").detail()).isEqualTo("the tmux server of reservation pool is not running");
        assertThat(s.agents().get("t2").detail()).isEqualTo("the tmux server of reservation pool is not running");
        assertThat(s.reservations().get("h-pool").reason()).contains("no server running");
    }

    @Test
    void aReservationWhoseJobIsGoneLosesItsTenants() {
        ClusterSnapshot s = build(List.of(pool), ok(List.of(), Map.of(), Map.of()));
        assertThat(s.reservations().get("h-pool").jobState()).isEqualTo(ReservationStatus.GONE);
        assertThat(s.agents().get("t1").phase()).isEqualTo(AgentPhase.LOST);
        assertThat(s.agents().get("t1").detail()).isEqualTo("reservation pool: job 10 is no longer in the queue");
        ClusterSnapshot timedOut = build(List.of(pool), ok(List.of(row("10", "pool", JobState.TIMEOUT)), Map.of(),
                Map.of()));
        assertThat(timedOut.agents().get("t2").detail()).isEqualTo("reservation pool: job 10 ended: TIMEOUT");
    }

    @Test
    void aMovedReservationLosesTheTenantsThatRanUntilTheyRunAgain() {
        build(List.of(pool), ok(List.of(row("10", "pool", JobState.RUNNING)), Map.of(),
                Map.of("10", sweep(Map.of("t1", ">"), true))));
        Lease moved = new Lease("h-pool", "pool", "h", "12", "n1", false, "", "", Map.of("tmux_server", "sac"));
        HostObservation obs = new HostObservation("h", Kind.OK, "", NOW, Duration.ofMillis(5),
                List.of(row("12", "pool", JobState.RUNNING)), Map.of("h-pool", moved), Map.of("h-pool", "10"),
                Map.of(), Map.of("12", new HostObservation.Sweep(sweep(Map.of(), true), "")));
        ClusterSnapshot s = build(List.of(pool), obs);
        assertThat(s.agents().get("t1").phase()).isEqualTo(AgentPhase.LOST);
        assertThat(s.agents().get("t1").detail()).isEqualTo("reservation pool moved to job 12 (was job 10); restart"
                + " to continue");
        assertThat(s.agents().get("t2").phase()).isEqualTo(AgentPhase.STOPPED);
        assertThat(s.reservations().get("h-pool").jobId()).isEqualTo("12");

        ClusterSnapshot still = build(List.of(moved), ok(List.of(row("12", "pool", JobState.RUNNING)), Map.of(),
                Map.of("12", sweep(Map.of(), true))));
        assertThat(still.agents().get("t1").phase()).isEqualTo(AgentPhase.LOST);
        ClusterSnapshot back = build(List.of(moved), ok(List.of(row("12", "pool", JobState.RUNNING)), Map.of(),
                Map.of("12", sweep(Map.of("t1", ">"), true))));
        assertThat(back.agents().get("t1").phase()).isEqualTo(AgentPhase.RUNNING);
        assertThat(lost).isEmpty();
    }

    @Test
    void aPendingReservationsTenantsAreStoppedWithItsReason() {
        SqueueRow pending = new SqueueRow("10", "pool", JobState.PENDING, "0:00", "20:00", "",
                PendingReason.parse("Resources"), "N/A", "cascade");
        ClusterSnapshot s = build(List.of(pool), ok(List.of(pending), Map.of(), Map.of()));
        assertThat(s.agents().get("t1").phase()).isEqualTo(AgentPhase.STOPPED);
        assertThat(s.agents().get("t1").detail()).isEqualTo("reservation pool is pending: waiting for free resources"
                + " (CPUs, memory or nodes)");
        assertThat(s.reservations().get("h-pool").reason()).isEqualTo("waiting for free resources (CPUs, memory or"
                + " nodes)");
    }

    @Test
    void aSlurmAgentsJobFromQueueToEnd() {
        SqueueRow pending = new SqueueRow("7", "solo", JobState.PENDING, "0:00", "1-00:00:00", "",
                PendingReason.parse("(Priority)"), "2026-05-01T11:00:00", "cascade");
        AgentStatus p = build(List.of(), ok(List.of(pending), Map.of(), Map.of())).agents().get("solo");
        assertThat(p.phase()).isEqualTo(AgentPhase.PENDING);
        assertThat(p.detail()).isEqualTo("waiting behind jobs with a higher priority");
        assertThat(p.startTime()).isEqualTo("2026-05-01T11:00:00");

        SqueueRow young = new SqueueRow("7", "solo", JobState.RUNNING, "0:05", "23:59:55", "n1", PendingReason.NONE,
                "", "cascade");
        Map<String, SweepResult> none = Map.of("7", sweep(Map.of(), false));
        assertThat(build(List.of(), ok(List.of(young), Map.of(), none)).agents().get("solo").phase())
                .isEqualTo(AgentPhase.STARTING);
        AgentStatus running = build(List.of(), ok(List.of(young), Map.of(), Map.of("7", sweep(Map.of("solo", "x"),
                true)))).agents().get("solo");
        assertThat(running.phase()).isEqualTo(AgentPhase.RUNNING);
        assertThat(running.node()).isEqualTo("n1");
        assertThat(running.activity()).isEqualTo(Activity.IDLE);
        AgentStatus busy = build(List.of(), ok(List.of(young), Map.of(), Map.of("7", sweep(Map.of("solo", "x\ny"),
                true)))).agents().get("solo");
        assertThat(busy.activity()).isEqualTo(Activity.BUSY);
        assertThat(busy.paneChangedAt()).hasValue(NOW);
        assertThat(build(List.of(), ok(List.of(young), Map.of(), none)).agents().get("solo").phase())
                .isEqualTo(AgentPhase.EXITED);

        AgentStatus failed = build(List.of(), ok(List.of(row("7", "solo", JobState.FAILED)), Map.of(), Map.of()))
                .agents().get("solo");
        assertThat(failed.phase()).isEqualTo(AgentPhase.STOPPED);
        assertThat(failed.detail()).isEqualTo("job 7 ended: FAILED");
        assertThat(failed.jobState()).isEqualTo("FAILED");
        AgentStatus gone = build(List.of(), ok(List.of(), Map.of(), Map.of())).agents().get("solo");
        assertThat(gone.jobState()).isEqualTo(ReservationStatus.GONE);
    }

    @Test
    void aRunningJobWithoutItsSessionPastTheGraceIsExited() {
        SqueueRow old = new SqueueRow("7", "solo", JobState.RUNNING, "5:00", "23:55:00", "n1", PendingReason.NONE, "",
                "cascade");
        AgentStatus a = build(List.of(), ok(List.of(old), Map.of(), Map.of("7", sweep(Map.of(), false)))).agents()
                .get("solo");
        assertThat(a.phase()).isEqualTo(AgentPhase.EXITED);
        assertThat(a.detail()).isEqualTo("no session sac-solo in job 7");
    }

    @Test
    void aCutOffSweepIsUnknownNotExited() {
        SqueueRow run = row("7", "solo", JobState.RUNNING);
        HostObservation obs = new HostObservation("h", Kind.OK, "", NOW, Duration.ZERO, List.of(run), Map.of(),
                Map.of(), Map.of(), Map.of("7", new HostObservation.Sweep(sweep(Map.of(), false),
                        "pane check of job 7 failed: srun: error: Unable to create step")));
        AgentStatus a = build(List.of(), obs).agents().get("solo");
        assertThat(a.phase()).isEqualTo(AgentPhase.UNKNOWN);
        assertThat(a.detail()).contains("Unable to create step");
    }

    private ClusterSnapshot build(List<Lease> leases, HostObservation obs) {
        Inventory inv = new Inventory(List.of(t1, t2, orphan, job, never), leases, List.of());
        Targets targets = Targets.of(inv, states, "h");
        if (obs.ok()) {
            PaneMemory.Update u = panes.update("h", NOW);
            obs.sweeps().forEach((j, s) -> u.add(j, s.result()));
            u.commit();
        }
        Round round = new Round(NOW, Duration.ofMinutes(10), Map.of("h", obs), panes, previous, lost, userStopped);
        previous = EventDiff.baseline(previous, SnapshotBuilder.build(targets, round));
        return previous;
    }

    private static HostObservation ok(List<SqueueRow> rows, Map<String, Lease> leases,
            Map<String, SweepResult> sweeps) {
        Map<String, HostObservation.Sweep> s = new HashMap<>();
        sweeps.forEach((j, r) -> s.put(j, new HostObservation.Sweep(r, "")));
        return new HostObservation("h", Kind.OK, "", NOW, Duration.ofMillis(5), rows, leases, Map.of(), Map.of(), s);
    }

    private static SqueueRow row(String id, String name, JobState state) {
        return new SqueueRow(id, name, state, "1:00", "19:00", state == JobState.RUNNING ? "n1" : "",
                PendingReason.NONE, "2026-05-01T09:59:00", "cascade");
    }

    /** A complete sweep with these panes, each hashed by its text so a changed text is a changed pane. */
    private static SweepResult sweep(Map<String, String> texts, boolean serverRunning) {
        Map<String, PaneReport> panes = new LinkedHashMap<>();
        new ArrayList<>(texts.keySet()).forEach(n -> panes.put(n, new PaneReport(n, PaneReport.Kind.NEW,
                String.format("%032x", texts.get(n).hashCode() & 0xffffffffL), texts.get(n))));
        return new SweepResult(serverRunning, serverRunning ? "" : "no server", panes, true);
    }
}
