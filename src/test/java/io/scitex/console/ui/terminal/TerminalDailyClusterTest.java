package io.scitex.console.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.ActionResult;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.testing.ClusterClaude;
import io.scitex.console.testing.TerminalChecks;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.ConsoleWindow;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.common.FxUiExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * Daily terminal use in the window against the real cluster: a terminal opens with room for a real TUI (30 rows
 * or more at the default window size), maximises, zooms, finds (Ctrl+Shift+F), tears off and back; Watch (from the agents table's
 * context menu) never lets a key reach the agent; a 64 KiB paste reaches the agent byte for byte.
 */
@Tag(TestCluster.TAG)
@ExtendWith(ApplicationExtension.class)
class TerminalDailyClusterTest {
    private static final String R = UUID.randomUUID().toString().substring(0, 6);
    private static final String RESERVATION = "termpool-" + R;
    private static final String ECHO = "term-echo-" + R;
    private static final String SINK = "term-sink-" + R;
    private static final String SINK_BIN = "/tmp/sac-term-" + R + "/bin";

    @TempDir static Path home;
    private static ConsoleContext context;
    private static Lease lease;
    private static FxUiExecutor executor;
    private ConsoleWindow window;

    @BeforeAll
    static void bookAndStart() throws Exception {
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, home.resolve("agents").toString()));
        context = ConsoleContext.open(paths,
                ConsoleContext.Overrides.NONE.withSshConfig(TestCluster.sshConfig()).withDefaultHost(TestCluster.ALIAS),
                Prompter.none());
        // the sink: a `claude` that counts and hashes the first 64 KiB typed into its pane (raw enough: no line
        // editing, no echo; the terminal's CR for a pasted newline arrives as LF, as in any terminal)
        String sink = """
                #!/bin/bash
                echo "paste sink ready"
                stty -icanon -echo
                f=$(mktemp)
                head -c 65536 > "$f"
                echo "GOT $(wc -c < "$f") $(sha256sum < "$f" | cut -d' ' -f1)"
                rm -f "$f"
                exec sleep 3600
                """;
        assertThat(context.executor().run(TestCluster.ALIAS, RemoteCommand.of("bash", "-c",
                "mkdir -p \"$1\" && cat > \"$1/claude\" && chmod 755 \"$1/claude\"", "sink", SINK_BIN)
                .withStdin(sink)).ok()).isTrue();
        write(ECHO, ClusterClaude.echoYaml());
        write(SINK, "  env:\n    PATH: \"" + SINK_BIN + ":/usr/local/bin:/usr/bin:/bin\"\n");
        lease = context.reservations().book(BookRequest.of(RESERVATION, TestCluster.ALIAS)
                .withResources(1, "100M", "00:10:00").withTmuxServer("sac"), Duration.ofMinutes(2), p -> { });
        // on a busy shared cluster the booked job can be pending for a while: start again until it runs
        List<ActionResult> started = List.of();
        for (long end = System.nanoTime() + Duration.ofSeconds(120).toNanos(); System.nanoTime() < end; ) {
            started = context.agents().start(context.inventory().load().agents(), false);
            if (started.stream().allMatch(r -> r.outcome().ok())) {
                break;
            }
            Thread.sleep(3000);
        }
        assertThat(started).allMatch(r -> r.outcome().ok(), started.toString());
        executor = new FxUiExecutor(2);
    }

    private static void write(String name, String env) throws Exception {
        Path dir = Files.createDirectories(home.resolve("agents").resolve(name));
        Files.writeString(dir.resolve(name + ".yaml"), """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm-tenant
                  slurm:
                    reservation: %s
                """.formatted(RESERVATION) + env);
    }

    @AfterAll
    static void release() throws Exception {
        if (context != null) {
            context.reservations().release(RESERVATION);
            context.executor().run(TestCluster.ALIAS, RemoteCommand.of("rm", "-rf", "/tmp/sac-term-" + R));
            context.close();
        }
        if (executor != null) {
            executor.close();
        }
    }

    @Start
    void start(Stage stage) {
        window = new ConsoleWindow(context, executor, 1280, 820); // ConsoleApp's default size
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void opensWithRoomForATuiMaximisesTearsOffAndZooms(FxRobot robot) throws Exception {
        TerminalTab terminal = open(robot, ECHO, "#attachButton");
        await(() -> screen(terminal).contains("claude stand-in ready"), "the attached pane on screen");
        int rows = rows(terminal);
        assertThat(rows).as("rows visible at the default window size").isGreaterThanOrEqualTo(30);

        chord(robot, KeyCode.M);
        await(() -> rows(terminal) > rows + 5, "more rows with the tables collapsed");
        chord(robot, KeyCode.M);
        await(() -> rows(terminal) == rows, "the rows back with the tables");

        float size = terminal.widget().fontSize();
        robot.clickOn(terminal.widget().getTerminalPanel().getCanvas());
        chord(robot, KeyCode.EQUALS);
        chord(robot, KeyCode.EQUALS);
        await(() -> terminal.widget().fontSize() == size + 2 && rows(terminal) < rows, "a bigger font, fewer rows");
        chord(robot, KeyCode.DIGIT0);
        await(() -> terminal.widget().fontSize() == size && rows(terminal) == rows, "the font size reset");

        chord(robot, KeyCode.F);
        await(() -> !terminal.widget().getPane().lookupAll(".text-field").isEmpty()
                && terminal.widget().getPane().getScene().getFocusOwner() instanceof javafx.scene.control.TextField f
                && terminal.widget().getPane().lookupAll(".text-field").contains(f), "the find bar in the terminal");
        robot.write("stand-in");
        robot.type(KeyCode.ESCAPE);

        Window main = terminal.tab().getTabPane().getScene().getWindow();
        chord(robot, KeyCode.O);
        await(() -> terminal.tab().getTabPane() == null && terminal.widget().getPane().getScene() != null
                && terminal.widget().getPane().getScene().getWindow() != main, "the terminal in a window of its own");
        Window own = terminal.widget().getPane().getScene().getWindow();
        robot.clickOn(terminal.widget().getTerminalPanel().getCanvas());
        robot.write("torn off " + R);
        robot.type(KeyCode.ENTER);
        await(() -> screen(terminal).contains("echo: torn off " + R), "typing in the torn-off terminal");
        robot.interact(() -> ((Stage) own).close());
        await(() -> terminal.tab().getTabPane() != null && terminal.widget().getPane().getScene().getWindow() == main,
                "the terminal back as a tab when its window closes");
        assertThat(screen(terminal)).as("the scrollback kept").contains("echo: torn off " + R);

        closeTab(robot, terminal);
    }

    @Test
    void watchFromTheContextMenuNeverLetsAKeyReachTheAgent(FxRobot robot) throws Exception {
        select(robot, ECHO);
        MenuItem watch = window.scene().lookup("#agentsTable") instanceof TableView<?> t
                ? t.getContextMenu().getItems().stream().filter(i -> "Watch".equals(i.getText())).findFirst()
                .orElseThrow() : null;
        assertThat(watch).isNotNull();
        robot.interact(watch::fire);
        TerminalTab terminal = awaitTerminal(robot);
        assertThat(terminal.title()).startsWith("watch: ");
        await(() -> screen(terminal).contains("claude stand-in ready"), "the watched pane on screen");
        robot.clickOn(terminal.widget().getTerminalPanel().getCanvas());
        robot.write("watched " + R);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(3, TimeUnit.SECONDS);
        AgentSpec echo = context.inventory().load().agent(ECHO).orElseThrow();
        assertThat(String.join("\n", context.agents().logs(echo, 50))).as("the agent's pane")
                .doesNotContain("watched " + R);
        assertThat(screen(terminal)).doesNotContain("echo: watched " + R);
        closeTab(robot, terminal);
    }

    @Test
    void aLargePasteArrivesByteForByte(FxRobot robot) throws Exception {
        TerminalTab terminal = open(robot, SINK, "#attachButton");
        await(() -> screen(terminal).contains("paste sink ready"), "the sink's pane on screen");
        String text = pasteText(65536);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(terminal.widget().getTerminalPanel().getCanvas());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> screen(terminal).contains("GOT "), "the sink's count and hash");
        assertThat(screen(terminal)).contains("GOT 65536 " + sha);
        closeTab(robot, terminal);
    }

    /** {@code bytes} of printable ASCII in lines of 64 (with their newline). */
    private static String pasteText(int bytes) {
        Random random = new Random(42);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,:;-_=+()[]{}<>/?!@#%&*";
        StringBuilder sb = new StringBuilder(bytes);
        while (sb.length() < bytes) {
            sb.append(sb.length() % 64 == 63 ? '\n' : alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private TerminalTab open(FxRobot robot, String agent, String button) throws Exception {
        select(robot, agent);
        robot.clickOn(button);
        return awaitTerminal(robot);
    }

    private void select(FxRobot robot, String agent) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryAs(TableView.class);
        await(() -> table.getItems().stream().anyMatch(r -> r.name().equals(agent)
                && r.stateProperty().get().startsWith("running")), agent + " running");
        AgentRow row = table.getItems().stream().filter(r -> r.name().equals(agent)).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row)));
    }

    private TerminalTab awaitTerminal(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#detailTabs").queryAs(TabPane.class);
        await(() -> tabs.getTabs().stream().anyMatch(t -> t.getUserData() instanceof TerminalTab tt
                && tt.widget() != null && tt.widget().getPane().getScene() != null), "a terminal tab");
        Tab tab = tabs.getTabs().stream().filter(t -> t.getUserData() instanceof TerminalTab).findFirst().orElseThrow();
        return (TerminalTab) tab.getUserData();
    }

    private void closeTab(FxRobot robot, TerminalTab terminal) throws Exception {
        robot.clickOn(terminal.widget().getTerminalPanel().getCanvas());
        chord(robot, KeyCode.W);
        await(() -> terminal.tab().getTabPane() == null, "the terminal tab closed");
        await(() -> !tmuxStepAlive(), "no tmux step left in the job after closing the tab");
    }

    private static void chord(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key).release(key, KeyCode.SHIFT, KeyCode.CONTROL);
    }

    private static int rows(TerminalTab t) {
        return t.widget().getTerminalTextBuffer().getHeight();
    }

    private static String screen(TerminalTab t) {
        return TerminalChecks.screen(t);
    }

    private static boolean tmuxStepAlive() {
        return TerminalChecks.tmuxStepAlive(context.executor(), lease.jobId());
    }

    private void await(BooleanSupplier condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                window.poller().refreshNow();
                return condition.getAsBoolean();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not happen within 60 s; status bar: "
                    + window.model().messageProperty().get() + "\nrecent remote commands:\n"
                    + String.join("\n", context.actionLog().recent().stream().map(x -> x.line()).toList()), e);
        }
    }
}
