package io.scitex.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.inventory.InventoryLoader;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.SettingsStore;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.main.MainViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AgentsTableTest {
    @TempDir static Path home;
    private final MainViewModel model = new MainViewModel();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(ConsoleApp.loadMain(model), 1100, 700));
        stage.show();
    }

    @Test
    void showsTheSampleAgentsWithTheirRuntimeAndPlace(FxRobot robot) {
        Path samples = TestCluster.repo().resolve("samples/agents");
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, samples.toString()));
        InventoryLoader loader = new InventoryLoader(paths, new SettingsStore(paths), LeaseStore.of(paths));
        var inventory = loader.load();
        robot.interact(() -> model.applyInventory(inventory));
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryAs(TableView.class);
        List<String> names = table.getItems().stream().map(AgentRow::name).toList();
        assertThat(names).containsExactlyInAnyOrder("dev-helper", "doc-builder", "head-solo", "local-notes",
                "test-runner");
        AgentRow tenant = table.getItems().stream().filter(r -> r.name().equals("dev-helper")).findFirst().orElseThrow();
        assertThat(tenant.where()).isEqualTo("dev-pool");
        AgentRow foreign = table.getItems().stream().filter(r -> r.name().equals("local-notes")).findFirst().orElseThrow();
        assertThat(foreign.stateProperty().get()).isEqualTo("not a SLURM agent");
        assertThat(inventory.problems()).isEmpty();

        robot.interact(() -> model.applyInventory(inventory));
        assertThat(table.getItems().stream().filter(r -> r.name().equals("dev-helper")).findFirst().orElseThrow())
                .as("rows are updated in place, not replaced").isSameAs(tenant);
    }

    @Test
    void filterNarrowsTheTableByNameOrReservation(FxRobot robot) {
        Path samples = TestCluster.repo().resolve("samples/agents");
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, samples.toString()));
        var inventory = new InventoryLoader(paths, new SettingsStore(paths), LeaseStore.of(paths)).load();
        robot.interact(() -> model.applyInventory(inventory));
        robot.clickOn("#filterField").write("dev-pool");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> table = robot.lookup("#agentsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
    }
}
