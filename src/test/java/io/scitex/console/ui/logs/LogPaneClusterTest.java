package io.scitex.console.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.testing.BurstClaude;
import io.scitex.console.testing.OpenWindow;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.agents.AgentRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
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
 * The window's Log pane on a tenant of the local cluster (docs/decisions/0512): a burst of 10,000 numbered lines
 * shows every line once, in order; search next/previous select matches with context above them; "Only matching"
 * filters; Save (its menu, the file chooser answered by the test) writes every line kept or the lines shown; leaving
 * the pane stops the host's log stream.
 */
@Tag(TestCluster.TAG)
@ExtendWith(ApplicationExtension.class)
class LogPaneClusterTest {
    private static final String R = UUID.randomUUID().toString().substring(0, 6);
    private static final String POOL = "lp-" + R;
    private static final String AGENT = "lp-a-" + R;

    @TempDir static Path home;
    private static SshHosts hosts;
    private static BurstClaude claude;
    private static ConsoleContext setup;
    private static AgentSpec spec;
    private static ConsolePaths paths;
    private OpenWindow open;

    @BeforeAll
    static void bookAndStart() throws Exception {
        hosts = TestCluster.hosts();
        claude = BurstClaude.install(hosts, TestCluster.ALIAS, "lp" + R);
        Path dir = Files.createDirectories(home.resolve("agents").resolve(AGENT));
        Files.writeString(dir.resolve(AGENT + ".yaml"), """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm-tenant
                  env:
                    PATH: "%s"
                  slurm:
                    reservation: %s
                """.formatted(claude.path(), POOL));
        paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, home.resolve("agents").toString()));
        setup = ConsoleContext.open(paths, OpenWindow.cluster(), Prompter.none());
        setup.reservations().book(BookRequest.of(POOL, TestCluster.ALIAS).withResources(1, "100M", "00:10:00")
                .withTmuxServer("sac"), Duration.ofMinutes(2), p -> { });
        spec = setup.inventory().load().agent(AGENT).orElseThrow();
        assertThat(setup.agents().start(List.of(spec), false)).allMatch(r -> r.outcome().ok());
    }

    @AfterAll
    static void stopAndRelease() throws Exception {
        try {
            if (setup != null) {
                setup.agents().stop(List.of(spec));
                setup.reservations().release(POOL);
                setup.close();
            }
            claude.remove();
        } finally {
            hosts.close();
        }
    }

    @Start
    void start(Stage stage) {
        open = OpenWindow.open(stage, paths, OpenWindow.cluster(), 1280, 800).started();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(open::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aBurstOfTenThousandLinesShowsOnceInOrderAndSearchFilterAndSaveWorkOnIt(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<AgentRow> agents = robot.lookup("#agentsTable").queryAs(TableView.class);
        await(() -> agents.getItems().stream().anyMatch(r -> r.name().equals(AGENT)), "the agent's row");
        robot.interact(() -> agents.getSelectionModel().clearAndSelect(agents.getItems().indexOf(agents.getItems()
                .stream().filter(r -> r.name().equals(AGENT)).findFirst().orElseThrow())));
        @SuppressWarnings("unchecked")
        ListView<String> view = robot.lookup("#logView").queryAs(ListView.class);
        await(() -> fx(() -> view.getItems().contains("red plain")), "the agent's banner in the Log pane");
        assertThat(fx(() -> List.copyOf(view.getItems()))).startsWith("ready", "red plain");

        claude.burst(1, 10_000);
        await(() -> fx(() -> BurstClaude.numbers(view.getItems()).size()) >= 10_000, "10,000 lines in the pane");
        Thread.sleep(1500); // a repeated line would come now
        List<String> shown = fx(() -> List.copyOf(view.getItems()));
        assertThat(BurstClaude.numbers(shown)).as("every line once, in order").isEqualTo(BurstClaude.range(1, 10_000));
        assertThat(fx(() -> view.getSelectionModel().getSelectedIndex())).isEqualTo(-1);
        assertThat(robot.lookup("#logTitle").queryLabeled().getText()).isEqualTo(AGENT + " — " + shown.size()
                + " lines");

        robot.clickOn("#logSearchField").write("line 500");
        robot.clickOn("#logNextButton");
        assertThat(selected(view)).isEqualTo("line 500");
        assertThat(visibleCell(robot, "line 497")).as("context above the match").isTrue();
        robot.clickOn("#logNextButton");
        assertThat(selected(view)).isEqualTo("line 5000");
        assertThat(visibleCell(robot, "line 4997")).as("context above the match").isTrue();
        robot.clickOn("#logPrevButton");
        assertThat(selected(view)).isEqualTo("line 500");

        robot.clickOn("#logFilterToggle");
        List<String> matching = fx(() -> List.copyOf(view.getItems()));
        assertThat(matching).containsExactly("line 500", "line 5000", "line 5001", "line 5002", "line 5003",
                "line 5004", "line 5005", "line 5006", "line 5007", "line 5008", "line 5009");

        Path all = home.resolve("all.log");
        Path visible = home.resolve("visible.log");
        LogPaneModel logs = open.window().model().logs();
        Path[] answer = {all}; // the file the save dialog would return
        robot.interact(() -> logs.setSaveChooser((owner, title, name) -> answer[0]));
        robot.clickOn("#saveLogButton").clickOn("Save every line kept…");
        answer[0] = visible;
        robot.clickOn("#saveLogButton").clickOn("Save the lines shown…");
        await(() -> Files.exists(all) && Files.exists(visible), "the saved files");
        assertThat(BurstClaude.numbers(Files.readAllLines(all))).isEqualTo(BurstClaude.range(1, 10_000));
        assertThat(Files.readAllLines(all)).startsWith("ready", "red plain").hasSize(shown.size());
        assertThat(Files.readAllLines(visible)).isEqualTo(matching);

        assertThat(claude.processesWith(OutputLog.path(AGENT))).as("the host's one log stream").isEqualTo(1);
        TabPane detail = robot.lookup("#detailTabs").queryAs(TabPane.class);
        robot.interact(() -> detail.getSelectionModel().select(1)); // the Conversation tab: the Log pane is hidden
        await(() -> claude.processesWith(OutputLog.path(AGENT)) == 0, "no log stream left on the host");
    }

    private static String selected(ListView<String> view) throws Exception {
        return fx(() -> view.getSelectionModel().getSelectedItem());
    }

    /** A cell showing {@code line} is on screen. */
    private static boolean visibleCell(FxRobot robot, String line) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> robot.lookup("#logView .list-cell").queryAll().stream().anyMatch(n -> n.isVisible()
                && n instanceof ListCell<?> c && line.equals(c.getItem())));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private void await(Callable<Boolean> condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not happen within 90 s; Log pane: " + fx(() ->
                    open.window().model().logs().titleProperty().get()) + "; status bar: " + fx(() ->
                    open.window().model().messageProperty().get()), e);
        }
    }
}
