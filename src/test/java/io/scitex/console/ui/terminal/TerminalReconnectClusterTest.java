package io.scitex.console.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.remote.HostKeyPolicy;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.remote.SshConfig;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.remote.SshOptions;
import io.scitex.console.remote.TestSshd;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.common.FxUiExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A terminal tab over a private sshd that the test stops and starts (never the shared one): the tab says the link
 * is lost, keeps its scrollback, and re-attaches by itself within 30 s of the host coming back; a tab closed during
 * the outage never re-attaches. The remote side is a tmux session of the cluster user, as an agent's is.
 */
@Tag(TestCluster.TAG)
@ExtendWith(ApplicationExtension.class)
class TerminalReconnectClusterTest {
    private static final String ALIAS = "h";
    private final String socket = "sac-rc-" + UUID.randomUUID().toString().substring(0, 8);

    @TempDir Path tmp;
    private TestSshd sshd;
    private SshHosts hosts;
    private SshHosts cluster;
    private FxUiExecutor executor;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        tabs = new TabPane();
        stage.setScene(new Scene(tabs, 900, 600));
        stage.show();
    }

    @BeforeEach
    void sshd() throws Exception {
        sshd = TestSshd.start(tmp.resolve("sshd"));
        Path cfg = sshd.clusterUserConfig(tmp, ALIAS);
        hosts = new SshHosts(SshConfig.load(cfg), Prompter.none(), SshOptions.defaults()
                .withHostKeyPolicy(HostKeyPolicy.STRICT).withKeepAlive(Duration.ofSeconds(2)));
        cluster = TestCluster.hosts();
        executor = new FxUiExecutor(2);
    }

    @AfterEach
    void stop() throws Exception {
        cluster.run(TestCluster.ALIAS, RemoteCommand.of("tmux", "-L", socket, "kill-server"));
        executor.close();
        hosts.close();
        cluster.close();
        sshd.close();
    }

    @Test
    void theTabSaysTheLinkIsLostKeepsItsScrollbackAndReattachesByItself(FxRobot robot) throws Exception {
        TerminalTab terminal = open(robot);
        type(robot, terminal, "echo before-$((6*7))");
        await(() -> screen(terminal).contains("before-42"), "the first command's output", 30);

        sshd.stop();
        await(() -> terminal.tab().getText().contains("connection lost"), "the tab saying the link is lost", 30);
        assertThat(screen(terminal)).as("the scrollback kept").contains("before-42").contains("connection lost");

        sshd.start();
        await(() -> terminal.tab().getText().equals(terminal.title()), "the tab re-attached by itself", 30);
        type(robot, terminal, "echo after-$((6*7))");
        await(() -> screen(terminal).contains("after-42"), "typing after the re-attach", 30);
        robot.interact(() -> terminal.tab().getTabPane().getTabs().remove(terminal.tab()));
        robot.interact(terminal::close);
    }

    @Test
    void aTabClosedDuringTheOutageNeverReattaches(FxRobot robot) throws Exception {
        TerminalTab terminal = open(robot);
        await(() -> clients() == 1, "the tab's tmux client", 30);
        sshd.stop();
        await(() -> terminal.tab().getText().contains("connection lost"), "the tab saying the link is lost", 30);
        robot.interact(() -> {
            tabs.getTabs().remove(terminal.tab());
            terminal.close();
        });
        sshd.start();
        assertThat(hosts.run(ALIAS, RemoteCommand.of("true")).ok()).as("the host back").isTrue();
        Thread.sleep(3 * TerminalTab.RETRY.toMillis() + 1000); // several rounds in which it would have re-attached
        assertThat(clients()).as("tmux clients once the host is back").isZero();
    }

    private TerminalTab open(FxRobot robot) throws Exception {
        Callable<RemotePty> open = () -> hosts.openPty(ALIAS, RemoteCommand.of("tmux", "-L", socket,
                "new-session", "-A", "-s", "rc"), 100, 30);
        TerminalTab terminal = WaitForAsyncUtils.asyncFx(() -> {
            TerminalTab t = new TerminalTab("rc", open, open, new byte[] {2, 'd'}, executor, m -> { });
            tabs.getTabs().add(t.tab());
            return t;
        }).get(10, TimeUnit.SECONDS);
        await(() -> terminal.widget() != null && terminal.widget().getPane().getScene() != null, "the terminal shown",
                30);
        return terminal;
    }

    private static void type(FxRobot robot, TerminalTab t, String line) {
        robot.clickOn(t.widget().getTerminalPanel().getCanvas());
        robot.write(line + "\n");
    }

    private int clients() {
        try {
            return (int) cluster.run(TestCluster.ALIAS, RemoteCommand.of("tmux", "-L", socket, "list-clients"))
                    .stdout().lines().filter(l -> !l.isBlank()).count();
        } catch (Exception e) {
            return -1;
        }
    }

    private static String screen(TerminalTab t) {
        return t.widget() == null ? "" : t.widget().getTerminalTextBuffer().getScreenLines()
                + t.widget().getTerminalTextBuffer().getHistoryBuffer().getLines();
    }

    private static void await(BooleanSupplier condition, String what, int seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not happen within " + seconds + " s", e);
        }
    }
}
