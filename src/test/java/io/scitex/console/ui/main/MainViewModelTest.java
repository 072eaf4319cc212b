package io.scitex.console.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.RestartPolicy;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.Lease;
import io.scitex.console.status.Activity;
import io.scitex.console.status.AgentPhase;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.remote.ConnectionState;
import io.scitex.console.status.HostStatus;
import io.scitex.console.status.ReservationStatus;
import io.scitex.console.ui.agents.AgentRow;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MainViewModelTest {
    private final MainViewModel model = new MainViewModel();

    private static AgentSpec tenant(String name) {
        SlurmSpec slurm = new SlurmSpec("", "1-00:00:00", 1, "4G", 1, 1, "", "", "B:USR1@3600", true,
                SlurmSpec.DEFAULT_HOLD, "~/slurm_logs", List.of(), SlurmSpec.DEFAULTS.hooks(), "dev-pool");
        return new AgentSpec(name, Path.of("/agents", name, name + ".yaml"), AgentRuntime.SLURM_TENANT, "sonnet",
                AgentSpec.defaultWorkdir(name), Map.of(), List.of(), ClaudeSpec.DEFAULTS, RestartPolicy.NEVER, slurm);
    }

    private static AgentStatus status(String name, AgentPhase phase, String detail, List<String> pane) {
        return new AgentStatus(name, AgentRuntime.SLURM_TENANT, "dev-pool", phase, detail, "sac-test", "42", "RUNNING", "node1", "1:00", "23:59:00", "",
                true, Activity.WAITING, pane, Optional.of(Instant.now()), io.scitex.console.status.AgentState.WAITING,
                Optional.empty());
    }

    @Test
    void snapshotUpdatesRowsInPlaceAndUnknownHostsAreNeverStopped() {
        model.applyInventory(new Inventory(List.of(tenant("a"), tenant("b")), List.of(), List.of()));
        AgentRow a = model.agents().get(0);
        model.applySnapshot(new ClusterSnapshot(Instant.now(),
                Map.of("sac-test", new HostStatus("sac-test", ConnectionState.DISCONNECTED, "connection refused",
                        Optional.empty(), Duration.ZERO)),
                Map.of("a", status("a", AgentPhase.UNKNOWN, "host unreachable", List.of())),
                Map.of()));
        assertThat(model.agents().get(0)).isSameAs(a);
        assertThat(a.stateProperty().get()).isEqualTo("unknown (host unreachable)");
        assertThat(a.stateStyleProperty().get()).isEqualTo("state-unknown");
        assertThat(model.hosts()).extracting(HostStatus::connection).containsExactly(ConnectionState.DISCONNECTED);
    }

    @Test
    void vanishedAgentsAreRemovedAndNewOnesAdded() {
        model.applyInventory(new Inventory(List.of(tenant("a"), tenant("b")), List.of(), List.of()));
        model.applyInventory(new Inventory(List.of(tenant("b"), tenant("c")), List.of(), List.of()));
        assertThat(model.agents()).extracting(AgentRow::name).containsExactly("b", "c");
    }

    @Test
    void reservationRowsFollowTheirJob() {
        Lease lease = new Lease("sac-test-dev-pool", "dev-pool", "sac-test", "41", "", true,
                "2026-11-29T04:00:00+00:00", "", Map.of("tmux_server", "sac"));
        model.applyInventory(new Inventory(List.of(), List.of(lease), List.of()));
        model.applySnapshot(new ClusterSnapshot(Instant.now(), Map.of(), Map.of(),
                Map.of("dev-pool", new ReservationStatus("sac-test-dev-pool", "dev-pool", "sac-test", "57", "RUNNING", "node1", "0:10",
                        "19:50", "", List.of("sac-a", "sac-b")))));
        assertThat(model.reservations().get(0).jobProperty().get()).isEqualTo("57");
        assertThat(model.reservations().get(0).tenantsProperty().get()).isEqualTo("2");
    }

    @Test
    void theLogPaneTailsTheSelectedAgentAndShowsItsLastScreenWhileItHasNoOutputLog() {
        java.util.List<String> opened = new java.util.ArrayList<>();
        java.util.List<io.scitex.console.runtime.LogTail.Listener> tails = new java.util.ArrayList<>();
        model.logs().setSource((agent, lines, listener) -> {
            opened.add(agent);
            tails.add(listener);
            return () -> { };
        }, new io.scitex.console.ui.common.DirectUiExecutor(), 100, m -> { });
        model.logs().activeProperty().set(true);
        model.applyInventory(new Inventory(List.of(tenant("a")), List.of(), List.of()));
        model.applySnapshot(new ClusterSnapshot(Instant.now(), Map.of(),
                Map.of("a", status("a", AgentPhase.RUNNING, "", List.of("claude stand-in ready", "> "))), Map.of()));
        model.agentsTab().selected().setAll(model.agents().get(0));
        assertThat(opened).containsExactly("a");
        tails.get(0).synced(true);
        assertThat(model.logs().lines()).containsExactly("claude stand-in ready", "> ");
        tails.get(0).lines(List.of("logged"));
        model.logs().pulse();
        assertThat(model.logs().lines()).containsExactly("claude stand-in ready", "> ", "logged");
        assertThat(model.logs().titleProperty().get()).isEqualTo("a — 3 lines");
    }

    @Test
    void aStatusMessageIsKeptWholeInTheActivityTab() {
        String longText = "Could not read the partitions of sac-test (" + "x".repeat(300) + ")";
        model.message(longText);
        assertThat(model.messageProperty().get()).isEqualTo(longText);
        assertThat(model.activityTab().lines()).last().asString().endsWith(longText);
    }

    @Test
    void invalidAgentsAreRowsBesideTheValidOnes() {
        Path file = Path.of("/agents/z/z.yaml");
        model.applyInventory(new Inventory(List.of(tenant("a")), List.of(new io.scitex.console.agent.InvalidAgent(
                "z", file, List.of(io.scitex.console.agent.Problem.error(file, 4, 12, "unknown runtime 'docker'")))),
                List.of(), List.of()));
        assertThat(model.agents()).extracting(AgentRow::name).containsExactly("a", "z");
        assertThat(model.agents().get(1).stateProperty().get()).isEqualTo("invalid: unknown runtime 'docker'");
    }
}
