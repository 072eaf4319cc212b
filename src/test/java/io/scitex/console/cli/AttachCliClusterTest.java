package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.remote.ShellQuote;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.testing.Await;
import io.scitex.console.testing.Bash;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sac attach} as a real process in a real terminal (a private local tmux server drives it): typed lines
 * reach the agent, C-b d detaches back to the shell with status 0, and neither a detach nor a killed CLI leaves an
 * {@code srun --pty} step in the job.
 */
@Tag(TestCluster.TAG)
class AttachCliClusterTest {
    private final String rand = UUID.randomUUID().toString().substring(0, 8);
    private final String pool = "ca-" + rand;
    private final String agent = "ta-" + rand;
    private final String tmux = "sac-cli-test-" + rand;

    @TempDir
    Path home;

    private Sac sac;
    private String job;

    @BeforeEach
    void bookAndStart() throws Exception {
        sac = new Sac(home);
        SampleAgents.tenant(sac.agents(), agent, pool);
        Sac.Result book = sac.run("reservations", "book", pool, "--cpus", "1", "--mem", "100M", "--time", "00:10:00",
                "--tmux-server", "sac");
        assertThat(book.exit()).as(book.toString()).isZero();
        job = book.out().replaceAll("(?s).*job=(\\d+).*", "$1");
        assertThat(sac.run("start", agent).exit()).isZero();
    }

    @AfterEach
    void cleanUp() throws Exception {
        String socket = Bash.run(List.of("tmux", "-L", tmux, "display-message", "-p", "#{socket_path}"), Map.of(), "")
                .stdout().strip();
        Bash.run(List.of("tmux", "-L", tmux, "kill-server"), Map.of(), "");
        if (socket.endsWith(tmux)) {
            Files.deleteIfExists(Path.of(socket));
        }
        sac.run("stop", agent);
        sac.run("reservations", "release", pool);
    }

    @Test
    void typedLinesReachTheAgentAndDetachLeavesNoStep() throws Exception {
        openTerminalRunning("attach", agent);
        awaitScreen("agent: " + agent, Duration.ofSeconds(30));
        assertThat(steps()).anyMatch(s -> s.endsWith(" tmux"));
        keys("hello-" + rand, "Enter");
        awaitScreen("echo: hello-" + rand, Duration.ofSeconds(10));

        keys("C-b", "d");
        long t0 = System.nanoTime();
        awaitScreen("EXIT=0", Duration.ofSeconds(15));
        awaitNoAttachStep();
        System.out.printf("attach: detached and no step left after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(screen()).contains("[detached (from session sac-" + agent + ")]");
        keys("stty -a | grep -o -- -icanon || echo COOKED", "Enter");
        awaitScreen("COOKED", Duration.ofSeconds(5));
    }

    @Test
    void aTerminatedCliDetachesAndRestoresTheTerminal() throws Exception {
        ProcessHandle cli = attachAndType("term");
        cli.destroy();
        long t0 = System.nanoTime();
        awaitScreen("EXIT=143", Duration.ofSeconds(15));
        awaitNoAttachStep();
        System.out.printf("attach: CLI terminated, no step left after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        keys("stty -a | grep -o -- -icanon || echo COOKED", "Enter");
        awaitScreen("COOKED", Duration.ofSeconds(5));
    }

    @Test
    void aKilledCliLeavesNoStep() throws Exception {
        ProcessHandle cli = attachAndType("kill");
        cli.destroyForcibly();
        long t0 = System.nanoTime();
        awaitScreen("EXIT=137", Duration.ofSeconds(15));
        awaitNoAttachStep();
        System.out.printf("attach: CLI killed -9, no step left after %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    }

    /** Attaches in a terminal, checks a typed line is echoed, and returns the CLI's process. */
    private ProcessHandle attachAndType(String word) throws Exception {
        openTerminalRunning("attach", agent);
        awaitScreen("agent: " + agent, Duration.ofSeconds(30));
        keys(word + "-" + rand, "Enter");
        awaitScreen("echo: " + word + "-" + rand, Duration.ofSeconds(10));
        return LocalJobs.await(this::cliProcess, Optional::isPresent, Duration.ofSeconds(5), "the CLI").get();
    }

    @Test
    void aWatchingTerminalsKeysNeverReachTheAgentAndItDetaches() throws Exception {
        openTerminalRunning("attach", "--read-only", agent);
        awaitScreen("agent: " + agent, Duration.ofSeconds(30));
        keys("typed-" + rand, "Enter");
        Await.sleep(2000);
        Sac.Result pane = sac.run("show-logs", agent, "-n", "50");
        assertThat(pane.exit()).as(pane.toString()).isZero();
        assertThat(pane.out()).contains("agent: " + agent).doesNotContain("typed-" + rand);
        assertThat(screen()).doesNotContain("echo: typed-" + rand);

        keys("C-b", "d");
        awaitScreen("EXIT=0", Duration.ofSeconds(15));
        assertThat(screen()).contains("Watching '" + agent);
        awaitNoAttachStep();
    }

    @Test
    void aSmallTerminalNeverShrinksTheAgentForALargeOneAndAResizeReachesItsClient() throws Exception {
        openTerminal(tmux, 200, 51, "attach", agent);
        awaitScreen("agent: " + agent, Duration.ofSeconds(30));
        String large = "200x50";
        LocalJobs.await(this::windowSize, large::equals, Duration.ofSeconds(10), "the agent's window at " + large);

        String small = tmux + "-small";
        try {
            openTerminal(small, 40, 11, "attach", agent);
            LocalJobs.await(() -> clientSizes().size(), n -> n == 2, Duration.ofSeconds(30), "two clients");
            assertThat(clientSizes()).as("the terminals' sizes (the agent's window keeps one line for tmux's status)")
                    .containsExactlyInAnyOrder("200x51", "40x11");
            // typing makes a client tmux's "latest", the one whose size wins by default
            Bash.run(List.of("tmux", "-L", small, "send-keys", "small-" + rand, "Enter"), Map.of(), "");
            Await.sleep(1500);
            assertThat(windowSize()).as("the window after a 40x11 client attached and typed").isEqualTo(large);

            Bash.run(List.of("tmux", "-L", small, "resize-window", "-x", "60", "-y", "21"), Map.of(), "");
            LocalJobs.await(this::clientSizes, c -> c.contains("60x21"), Duration.ofSeconds(10),
                    "the small terminal's client resized to 60x21");
            assertThat(windowSize()).isEqualTo(large);
        } finally {
            Bash.run(List.of("tmux", "-L", small, "kill-server"), Map.of(), "");
        }
        keys("C-b", "d");
        awaitScreen("EXIT=0", Duration.ofSeconds(15));
        awaitNoAttachStep();
    }

    /** {@code tmux display} of the agent's window size in its job, as {@code WxH}. */
    private String windowSize() {
        return inJob("display-message", "-p", "-t", "=sac-" + agent + ":", "#{window_width}x#{window_height}").strip();
    }

    /** The sizes of the tmux clients attached to the agent's session. */
    private List<String> clientSizes() {
        return inJob("list-clients", "-t", "=sac-" + agent, "-F", "#{client_width}x#{client_height}").lines()
                .map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
    }

    private String inJob(String... tmuxArgs) {
        List<String> argv = new ArrayList<>(List.of("srun", "--jobid=" + job, "--overlap", "tmux", "-L", "sac"));
        argv.addAll(List.of(tmuxArgs));
        Bash.Result r = Bash.run(List.of("ssh", "-F", TestCluster.sshConfig().toString(), TestCluster.ALIAS,
                ShellQuote.join(argv)), Map.of(), "");
        return r.stdout();
    }

    /** A 100x30 terminal running {@code sac ARGS}, then {@code EXIT=<status>}, then a shell. */
    private void openTerminalRunning(String... args) throws Exception {
        openTerminal(tmux, 100, 30, args);
    }

    /**
     * A terminal of {@code cols} x {@code rows} (a local tmux server {@code server} without a status line) running
     * {@code sac ARGS}, then {@code EXIT=<status>}, then a shell.
     */
    private void openTerminal(String server, int cols, int rows, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Dsac.test.marker=" + rand, "-cp", classPath(), "io.scitex.console.Launcher"));
        argv.addAll(List.of(args));
        argv.addAll(List.of("--ssh-config", TestCluster.sshConfig().toString(), "--known-hosts",
                TestCluster.knownHosts().toString(), "--host", TestCluster.ALIAS));
        Path script = Files.writeString(home.resolve("run-" + server + ".sh"), "export SAC_CONSOLE_HOME="
                + ShellQuote.quote(home.toString()) + " SCITEX_AGENT_CONTAINER_YAML_DIRS="
                + ShellQuote.quote(sac.agents().toString()) + "\n" + ShellQuote.join(argv) + "\necho EXIT=$?\n"
                + "exec bash --norc -i\n");
        Bash.Result r = Bash.run(List.of("tmux", "-L", server, "-f", "/dev/null", "new-session", "-d", "-x",
                Integer.toString(cols), "-y", Integer.toString(rows), "bash " + ShellQuote.quote(script.toString()),
                ";", "set-option", "status", "off", ";", "set-option", "-w", "window-size", "manual"), Map.of(), "");
        assertThat(r.exit()).as(r.stderr()).isZero();
    }

    private static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private Optional<ProcessHandle> cliProcess() {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("")
                .contains("-Dsac.test.marker=" + rand)).findFirst();
    }

    private void keys(String... keys) {
        List<String> argv = new ArrayList<>(List.of("tmux", "-L", tmux, "send-keys"));
        argv.addAll(List.of(keys));
        assertThat(Bash.run(argv, Map.of(), "").exit()).isZero();
    }

    /** The scrollback and the visible screen (an alternate screen left on by a killed CLI has no scrollback). */
    private String screen() {
        return Bash.run(List.of("tmux", "-L", tmux, "capture-pane", "-p", "-J", "-S", "-100"), Map.of(), "").stdout()
                + Bash.run(List.of("tmux", "-L", tmux, "capture-pane", "-p", "-J"), Map.of(), "").stdout();
    }

    private void awaitScreen(String text, Duration timeout) {
        LocalJobs.await(this::screen, s -> s.contains(text), timeout, "'" + text + "' on the terminal");
    }

    private void awaitNoAttachStep() {
        LocalJobs.await(this::steps, s -> s.stream().allMatch(x -> x.endsWith(".batch batch")), Duration.ofSeconds(10),
                "no step but the batch step of job " + job);
    }

    /** {@code squeue -s} over SSH, as the cluster user sees it. */
    private List<String> steps() {
        Bash.Result r = Bash.run(List.of("ssh", "-F", TestCluster.sshConfig().toString(), TestCluster.ALIAS,
                "squeue -h -s -j " + job + " -o '%i %j'"), Map.of(), "");
        return r.stdout().lines().map(String::strip).filter(l -> l.startsWith(job + ".")).toList();
    }
}
