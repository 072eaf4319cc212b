package io.scitex.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.RestartPolicy;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.remote.ConnectionState;
import io.scitex.console.status.Activity;
import io.scitex.console.status.AgentPhase;
import io.scitex.console.status.AgentState;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.HostStatus;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.agents.FleetGroups;
import io.scitex.console.ui.main.MainViewModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fleet view: agents of two clusters grouped by cluster and reservation with counts by state, a cluster chosen
 * in the tree narrows the table to its agents, and each cluster's chip in the status bar sums up its agents.
 */
@ExtendWith(ApplicationExtension.class)
class FleetViewTest {
    private final MainViewModel model = new MainViewModel();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(ConsoleApp.loadMain(model), 1200, 700));
        stage.show();
    }

    @Test
    void agentsAreGroupedByClusterAndReservationAndAClusterFiltersTheTable(FxRobot robot) {
        List<AgentSpec> specs = List.of(tenant("a1", "pool-a"), tenant("a2", "pool-a"), tenant("a3", "pool-b"),
                tenant("b1", "pool-c"), tenant("b2", "pool-c"));
        Map<String, AgentStatus> st = new HashMap<>();
        st.put("a1", status("a1", "pool-a", "sac-test", AgentPhase.RUNNING, AgentState.WORKING));
        st.put("a2", status("a2", "pool-a", "sac-test", AgentPhase.RUNNING, AgentState.NEEDS_PERMISSION));
        st.put("a3", status("a3", "pool-b", "sac-test", AgentPhase.STOPPED, AgentState.NONE));
        st.put("b1", status("b1", "pool-c", "sac-test2", AgentPhase.UNKNOWN, AgentState.UNKNOWN));
        st.put("b2", status("b2", "pool-c", "sac-test2", AgentPhase.UNKNOWN, AgentState.UNKNOWN));
        Instant at = Instant.parse("2026-05-01T10:00:00Z");
        ClusterSnapshot snap = new ClusterSnapshot(Instant.now(), Map.of(
                "sac-test", new HostStatus("sac-test", ConnectionState.CONNECTED, "", Optional.of(at),
                        Duration.ofMillis(12)),
                "sac-test2", new HostStatus("sac-test2", ConnectionState.DISCONNECTED, "connection refused",
                        Optional.of(at), Duration.ZERO)), st, Map.of());
        robot.interact(() -> {
            model.applyInventory(new Inventory(specs, List.of(), List.of()));
            model.applySnapshot(snap);
        });
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TreeView<FleetGroups.Group> tree = robot.lookup("#fleetTree").queryAs(TreeView.class);
        TreeItem<FleetGroups.Group> root = tree.getRoot();
        assertThat(root.getValue().counts().total()).isEqualTo(5);
        assertThat(root.getChildren()).extracting(t -> t.getValue().cluster()).containsExactly("sac-test", "sac-test2");
        TreeItem<FleetGroups.Group> first = root.getChildren().get(0);
        assertThat(first.getValue().label())
                .isEqualTo("sac-test (3) · 1 working · 1 needs you · 1 stopped");
        assertThat(first.getChildren()).extracting(t -> t.getValue().label()).containsExactly(
                "pool-a (2) · 1 working · 1 needs you", "pool-b (1) · 1 stopped");
        assertThat(root.getChildren().get(1).getValue().label())
                .isEqualTo("sac-test2 (2) · 2 unknown");

        @SuppressWarnings("unchecked")
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(5);
        robot.clickOn("#fleet-cluster-sac-test2");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(AgentRow::name).containsExactlyInAnyOrder("b1", "b2");
        robot.clickOn("#fleet-res-sac-test-pool-a");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().reservation()).isEqualTo("pool-a");
        assertThat(table.getItems()).extracting(AgentRow::name).containsExactlyInAnyOrder("a1", "a2");
        TreeItem<FleetGroups.Group> second = root.getChildren().get(1);
        robot.interact(() -> {
            second.setExpanded(false);
            model.applySnapshot(snap); // a refresh keeps what is collapsed and chosen
        });
        assertThat(second.isExpanded()).isFalse();
        assertThat(tree.getRoot().getChildren()).containsExactly(first, second);
        assertThat(table.getItems()).extracting(AgentRow::name).containsExactlyInAnyOrder("a1", "a2");
        robot.clickOn("#fleet-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(5);

        Label chip = robot.lookup("#host-sac-test").queryAs(Label.class);
        assertThat(chip.getText()).startsWith("sac-test · 12 ms · at ")
                .endsWith(" · 1 working · 1 needs you · 1 stopped");
        Label chip2 = robot.lookup("#host-sac-test2").queryAs(Label.class);
        assertThat(chip2.getText()).startsWith("sac-test2 · disconnected · at ").endsWith("2 unknown");
    }

    private static AgentSpec tenant(String name, String reservation) {
        SlurmSpec slurm = new SlurmSpec("", "1-00:00:00", 1, "4G", 1, 1, "", "", "B:USR1@3600", true,
                SlurmSpec.DEFAULT_HOLD, "~/slurm_logs", List.of(), SlurmSpec.DEFAULTS.hooks(), reservation);
        return new AgentSpec(name, Path.of("/agents", name, name + ".yaml"), AgentRuntime.SLURM_TENANT, "sonnet",
                AgentSpec.defaultWorkdir(name), Map.of(), List.of(), ClaudeSpec.DEFAULTS, RestartPolicy.NEVER, slurm);
    }

    private static AgentStatus status(String name, String reservation, String host, AgentPhase phase,
            AgentState state) {
        return new AgentStatus(name, AgentRuntime.SLURM_TENANT, reservation, phase, "", host, "42", "RUNNING",
                "node1", "1:00", "23:59:00", "", phase == AgentPhase.RUNNING, Activity.WAITING, List.of(),
                Optional.empty(), state, Optional.empty());
    }
}
