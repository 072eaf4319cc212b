package io.scitex.console.ui;

import io.scitex.console.testing.ClusterClaude;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.testing.TerminalChecks;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.common.FxUiExecutor;
import io.scitex.console.ui.terminal.TerminalTab;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window against the real cluster, as a user drives it: start two tenants with the Start button, watch them
 * turn running and their output arrive in the log pane, attach a terminal and type into the agent, close the tab
 * (no srun step left behind), stop them with the Stop button.
 */
@Tag(TestCluster.TAG)
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowClusterTest {
    private static final String R = UUID.randomUUID().toString().substring(0, 6);
    private static final String RESERVATION = "uipool-" + R;
    private static final List<String> AGENTS = List.of("ui-a-" + R, "ui-b-" + R);

    @TempDir static Path home;
    private static ConsoleContext context;
    private static Lease lease;
    private static FxUiExecutor executor;
    private ConsoleWindow window;

    @BeforeAll
    static void bookAndWriteAgents() throws Exception {
        for (String name : AGENTS) {
            Path dir = Files.createDirectories(home.resolve("agents").resolve(name));
            Files.writeString(dir.resolve(name + ".yaml"), """
                    apiVersion: scitex-agent-container/v3
                    kind: Agent
                    spec:
                      runtime: slurm-tenant
                      slurm:
                        reservation: %s
                    """.formatted(RESERVATION) + ClusterClaude.echoYaml());
        }
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, home.resolve("agents").toString()));
        context = ConsoleContext.open(paths,
                ConsoleContext.Overrides.NONE.withSshConfig(TestCluster.sshConfig()).withDefaultHost(TestCluster.ALIAS),
                Prompter.none());
        lease = context.reservations().book(BookRequest.of(RESERVATION, TestCluster.ALIAS)
                .withResources(1, "100M", "00:10:00").withTmuxServer("sac"), Duration.ofMinutes(2), p -> { });
        assertThat(lease.node()).isNotEmpty();
        executor = new FxUiExecutor(2);
    }

    @AfterAll
    static void release() throws Exception {
        if (context != null) {
            context.reservations().release(RESERVATION);
            context.close();
        }
        if (executor != null) {
            executor.close();
        }
    }

    @Start
    void start(Stage stage) {
        window = new ConsoleWindow(context, executor, 1200, 800);
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @Test
    void startWatchAttachTypeDetachStop(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryAs(TableView.class);
        await(() -> table.getItems().size() == 2, "both agents listed");

        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#startButton");
        await(() -> table.getItems().stream().allMatch(r -> r.stateProperty().get().startsWith("running")),
                "both agents running", table);

        AgentRow a = table.getItems().stream().filter(r -> r.name().equals(AGENTS.get(0))).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(a)));
        await(() -> window.model().logs().lines().stream().anyMatch(l -> l.contains("claude stand-in ready")),
                "the agent's banner in the log pane");

        robot.clickOn("#attachButton");
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        await(() -> tabs.getTabs().stream().anyMatch(t -> t.getUserData() instanceof TerminalTab tt
                && tt.widget() != null), "a terminal tab");
        Tab tab = tabs.getTabs().stream().filter(t -> t.getUserData() instanceof TerminalTab).findFirst().orElseThrow();
        TerminalTab terminal = (TerminalTab) tab.getUserData();
        await(() -> screen(terminal).contains("claude stand-in ready"), "the attached pane on screen");

        robot.clickOn(terminal.widget().getTerminalPanel().getCanvas());
        robot.write("hello from the window");
        robot.type(KeyCode.ENTER);
        await(() -> screen(terminal).contains("echo: hello from the window"), "the agent's answer in the terminal");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> !tabs.getTabs().contains(tab), "the terminal tab closed");
        await(() -> !tmuxStepAlive(), "no tmux step left in the job after closing the tab");
        assertThat(String.join("\n", context.agents().logs(a.spec(), 20)))
                .as("the shortcut that closed the tab was not typed into the agent's pane")
                .contains("echo: hello from the window").doesNotContain("^@").doesNotContain("\u0000");

        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#stopButton");
        await(() -> table.getItems().stream().allMatch(r -> r.stateProperty().get().startsWith("stopped")),
                "both agents stopped", table);
        String state = context.executor().run(TestCluster.ALIAS,
                RemoteCommand.of("squeue", "-h", "-j", lease.jobId(), "-o", "%T")).stdout().strip();
        assertThat(state).as("stopping tenants never ends the reservation").isEqualTo("RUNNING");
    }

    private static String screen(TerminalTab t) {
        return TerminalChecks.screen(t);
    }

    private static boolean tmuxStepAlive() {
        return TerminalChecks.tmuxStepAlive(context.executor(), lease.jobId());
    }

    private void await(BooleanSupplier condition, String what, TableView<AgentRow>... shown) throws Exception {
        window.poller().refreshNow();
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
                window.poller().refreshNow();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            String states = shown.length == 0 ? "" : shown[0].getItems().stream()
                    .map(r -> r.name() + "=" + r.stateProperty().get()).toList().toString();
            throw new AssertionError(what + " did not happen within 90 s " + states + "; status bar: "
                    + window.model().messageProperty().get() + "\nrecent remote commands:\n"
                    + String.join("\n", context.actionLog().recent().stream().map(x -> x.line()).toList()), e);
        }
    }
}
