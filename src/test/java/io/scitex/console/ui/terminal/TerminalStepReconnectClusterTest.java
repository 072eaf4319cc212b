package io.scitex.console.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.HostKeyPolicy;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshConfig;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.remote.SshOptions;
import io.scitex.console.remote.TestSshd;
import io.scitex.console.runtime.PaneCommands;
import io.scitex.console.runtime.TenantCommands;
import io.scitex.console.service.AttachMode;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.slurm.ReservationScript;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.Specs;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import io.scitex.console.testing.ClusterClaude;
import io.scitex.console.testing.TerminalChecks;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.common.FxUiExecutor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
 * A terminal tab attached the way the window attaches an agent (the guarded {@code srun --pty ... tmux attach} step
 * of its job, decision 0601) over a private sshd that the test kills with SIGKILL and starts again (never the shared
 * one): the tab says the link is lost, keeps its scrollback and re-attaches by itself within 30 s, and typing reaches
 * the agent again; the killed session's client and step (its trap never ran) are released before the re-attach, and
 * a tab closed during the outage releases its client once the host is back: no {@code tmux} step is left either way
 * (decision 0605).
 */
@Tag(TestCluster.TAG)
@ExtendWith(ApplicationExtension.class)
class TerminalStepReconnectClusterTest {
    private static final String ALIAS = "h";
    private static final String RAND = UUID.randomUUID().toString().substring(0, 8);
    private static final String NAME = "tsr-" + RAND;
    private static final String AGENT = "t" + RAND;
    private static SshHosts cluster;
    private static Lease lease;
    /** The token of the newest attach's tmux client. */
    private static volatile String lastToken;

    @TempDir Path tmp;
    private TestSshd sshd;
    private SshHosts hosts;
    private FxUiExecutor executor;
    private TabPane tabs;

    @Start
    void start(Stage stage) {
        tabs = new TabPane();
        stage.setScene(new Scene(tabs, 900, 600));
        stage.show();
    }

    @BeforeAll
    static void book() throws Exception {
        cluster = TestCluster.hosts();
        BookRequest req = BookRequest.of(NAME, TestCluster.ALIAS).withResources(1, "100M", "00:10:00")
                .withTmuxServer("sac");
        ExecResult sub = run(Sbatch.writeAndSubmit("/tmp/sac-tsr-" + RAND + "/" + NAME + ".sh",
                ReservationScript.render(req), List.of()));
        String jobId = Sbatch.submittedJobId(sub.stdout()).orElseThrow(() -> new AssertionError(sub.toString()));
        JobRef job = LocalJobs.await(() -> SqueueParser.job(jobId, run(Squeue.job(jobId)).stdout()),
                j -> j.isPresent() && j.get().isAllocated(), Duration.ofSeconds(60), "job " + jobId).get();
        lease = new Lease(req.leaseId(), NAME, TestCluster.ALIAS, jobId, job.node(), false, "", "",
                Map.of(Lease.TMUX_SERVER, "sac"));
        AgentSpec t = ClusterClaude.echo(Specs.tenant(AGENT, NAME));
        assertThat(run(TenantCommands.start(lease, List.of(t), false)).exitStatus()).isZero();
    }

    @AfterAll
    static void release() throws Exception {
        if (cluster != null) {
            run(Sbatch.cancelByName(NAME));
            run(RemoteCommand.of("rm", "-rf", "/tmp/sac-tsr-" + RAND));
            cluster.close();
        }
    }

    @BeforeEach
    void sshd() throws Exception {
        sshd = TestSshd.start(tmp.resolve("sshd"));
        Path cfg = sshd.clusterUserConfig(tmp, ALIAS);
        hosts = new SshHosts(SshConfig.load(cfg), Prompter.none(), SshOptions.defaults()
                .withHostKeyPolicy(HostKeyPolicy.STRICT).withKeepAlive(Duration.ofSeconds(2)));
        executor = new FxUiExecutor(2);
    }

    @AfterEach
    void stop() throws Exception {
        executor.close();
        hosts.close();
        sshd.close();
    }

    @Test
    void theTabAttachedThroughTheStepReattachesByItselfAfterTheHostCameBack(FxRobot robot) throws Exception {
        TerminalTab terminal = open(robot);
        String before = "before-" + RAND;
        type(robot, terminal, before);
        await(() -> screen(terminal).contains("echo: " + before), "the agent's echo of the first line", 30);

        sshd.stop();
        await(() -> terminal.tab().getText().contains("connection lost"), "the tab saying the link is lost", 30);
        assertThat(screen(terminal)).as("the scrollback kept").contains("echo: " + before)
                .contains("connection lost");

        sshd.start();
        await(() -> terminal.tab().getText().equals(terminal.title()), "the tab re-attached by itself", 30);
        String after = "after-" + RAND;
        type(robot, terminal, after);
        await(() -> screen(terminal).contains("echo: " + after), "the agent's echo after the re-attach", 30);
        // the killed session's client was released before re-attaching: its step ends (squeue sees it shortly)
        await(() -> TerminalChecks.tmuxSteps(cluster, lease.jobId()) == 1, "only the new attach's step", 15);
        robot.interact(() -> {
            tabs.getTabs().remove(terminal.tab());
            terminal.close();
        });
        await(() -> TerminalChecks.tmuxSteps(cluster, lease.jobId()) == 0, "no tmux step after closing the tab", 30);
    }

    @Test
    void aTabClosedDuringTheOutageLeavesNoStepOnceTheHostIsBack(FxRobot robot) throws Exception {
        TerminalTab terminal = open(robot);
        sshd.stop();
        await(() -> terminal.tab().getText().contains("connection lost"), "the tab saying the link is lost", 30);
        robot.interact(() -> {
            tabs.getTabs().remove(terminal.tab());
            terminal.close();
        });
        assertThat(TerminalChecks.tmuxSteps(cluster, lease.jobId())).as("the killed session's step, while the host "
                + "is away").isPositive();
        sshd.start();
        // no bound is promised here (the re-attach has its 30 s): the shared connection comes back on its backoff
        // (1, 2, 4 ... s), then the release's next try (every 2 s) and slurmctld ending the step; a CI run under load
        // once took over 30 s
        try {
            await(() -> TerminalChecks.tmuxSteps(cluster, lease.jobId()) == 0, "no tmux step once the host is back",
                    60);
        } catch (AssertionError e) {
            // what was left, for the log of a run that fails here (CI runs did, and runs by hand did not)
            try {
                throw new AssertionError(e.getMessage() + "; steps:\n" + run(RemoteCommand.of("squeue", "-h", "-s",
                        "-o", "%i %j %M")).stdout() + "processes:\n" + run(RemoteCommand.of("bash", "-c", "ps -eo "
                        + "pid,ppid,stat,wchan:24,etime,args | grep -E 'sac-attach|srun|slurmstepd|tmux' | grep -v grep"))
                        .stdout() + "the cluster's log lines of the job:\n" + jobLog(), e);
            } catch (RuntimeException | Error diagnosis) {
                if (diagnosis instanceof AssertionError a && a.getCause() == e) {
                    throw a;
                }
                e.addSuppressed(diagnosis);
                throw e;
            }
        }
    }

    /** Whether a process whose command line starts with the token runs (the test cluster's node is its login). */
    private static boolean clientRunning(String token) {
        try {
            return run(RemoteCommand.of("pgrep", "-f", "^" + token + "( |$)")).exitStatus() == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** What slurmctld and slurmd logged of the reservation's job and its steps (the last 60 lines). */
    private static String jobLog() {
        String job = lease.jobId();
        StringBuilder b = new StringBuilder();
        for (String daemon : new String[] {"slurmctld", "slurmd"}) {
            java.nio.file.Path file = TestCluster.dir().resolve("log").resolve(daemon + ".log");
            try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(file)) {
                List<String> mine = lines.filter(l -> l.contains("JobId=" + job) || l.contains("StepId=" + job + ".")
                        || l.contains("[" + job + ".") || l.contains(" " + job + ".")).toList();
                mine.subList(Math.max(0, mine.size() - 60), mine.size()).forEach(l -> b.append(daemon).append(": ")
                        .append(l).append('\n'));
            } catch (java.io.IOException | RuntimeException ex) {
                b.append(daemon).append(": cannot read ").append(file).append(": ").append(ex).append('\n');
            }
        }
        return b.toString();
    }

    /** Opens the tab through the private sshd, each (re-)attach with its own client token, and waits for its step. */
    private TerminalTab open(FxRobot robot) throws Exception {
        AttachSession session = new AttachSession(hosts, target(), TerminalStepReconnectClusterTest::target,
                t -> hosts.openPty(ALIAS, t.command(), 100, 30));
        TerminalTab terminal = WaitForAsyncUtils.asyncFx(() -> {
            TerminalTab t = new TerminalTab(AGENT, session, new byte[] {2, 'd'}, executor, m -> { });
            tabs.getTabs().add(t.tab());
            return t;
        }).get(10, TimeUnit.SECONDS);
        await(() -> terminal.widget() != null && terminal.widget().getPane().getScene() != null, "the terminal shown",
                30);
        await(() -> TerminalChecks.tmuxStepAlive(cluster, lease.jobId()), "the attach step, named tmux", 30);
        // squeue lists a step as soon as slurmctld creates it, before srun launches it: killing the login session in
        // between left a step that never ran and that no scancel removes (slurmctld keeps it until the job ends, a
        // CI flake of 1 in 6). The attach is up once its tmux client, named by its token, runs on the node.
        await(() -> clientRunning(lastToken), "the attach's tmux client on the node", 30);
        return terminal;
    }

    /** What the window's runtime gives for the agent: the guarded attach and the release of its client. */
    private static AttachTarget target() {
        String token = PaneCommands.attachToken();
        lastToken = token;
        return new AttachTarget(ALIAS, TenantCommands.attach(lease, AGENT, token, AttachMode.INTERACTIVE), AGENT,
                "C-b", PaneCommands.releaseClient(lease.jobId(), token));
    }

    private static void type(FxRobot robot, TerminalTab t, String line) {
        robot.clickOn(t.widget().getTerminalPanel().getCanvas());
        robot.write(line + "\n");
    }

    private static String screen(TerminalTab t) {
        return t.widget() == null ? "" : t.widget().getTerminalTextBuffer().getScreenLines()
                + t.widget().getTerminalTextBuffer().getHistoryBuffer().getLines();
    }

    private static ExecResult run(RemoteCommand cmd) {
        try {
            return cluster.run(TestCluster.ALIAS, cmd);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(BooleanSupplier condition, String what, int seconds) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not happen within " + seconds + " s", e);
        }
    }
}
