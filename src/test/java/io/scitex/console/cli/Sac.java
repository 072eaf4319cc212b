package io.scitex.console.cli;

import io.scitex.console.testing.TestCluster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code sac} in this JVM with a scratch home, the real services and the local cluster (its ssh_config,
 * known_hosts and alias passed as the global options), capturing stdout and stderr.
 */
final class Sac {
    private final Path home;
    private final Map<String, String> env = new HashMap<>();
    private Terminal terminal = Terminal.none();
    private byte[] stdin = new byte[0];

    Sac(Path home) {
        this.home = home;
        env.put("SAC_CONSOLE_HOME", home.toString());
        env.put("SCITEX_AGENT_CONTAINER_YAML_DIRS", home.resolve("agents").toString());
    }

    Path home() {
        return home;
    }

    Path agents() {
        return home.resolve("agents");
    }

    Sac with(Terminal t) {
        terminal = t;
        return this;
    }

    /** The next commands read {@code text} on stdin. */
    Sac withStdin(String text) {
        stdin = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** {@code sac ARGS --ssh-config <cluster> --known-hosts <cluster> --host sac-test}. */
    Result run(String... args) {
        return runOn(TestCluster.ALIAS, args);
    }

    /** {@code sac ARGS} with the cluster's ssh_config and known_hosts, and {@code host} as the default host. */
    Result runOn(String host, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--ssh-config", TestCluster.sshConfig().toString(), "--known-hosts",
                TestCluster.knownHosts().toString(), "--host", host));
        return bare(all.toArray(String[]::new));
    }

    /** {@code sac ARGS} without the cluster options. */
    Result bare(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnv cliEnv = cliEnv();
        int exit = SacCommand.commandLine(cliEnv, args).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    /** The environment a verb sees: this home, stdin and terminal. */
    CliEnv cliEnv() {
        return new CliEnv(env, home, new ByteArrayInputStream(stdin), new ByteArrayOutputStream(), terminal,
                ContextBackend::open);
    }

    /** {@code sac ARGS} (with the cluster options) on a thread, for a verb that runs until it is interrupted. */
    Running start(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--ssh-config", TestCluster.sshConfig().toString(), "--known-hosts",
                TestCluster.knownHosts().toString(), "--host", TestCluster.ALIAS));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnv cliEnv = cliEnv();
        String[] line = all.toArray(String[]::new);
        java.util.concurrent.CompletableFuture<Integer> exit = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> exit.complete(SacCommand.commandLine(cliEnv, line).setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err)).execute(line)), "sac " + args[0]);
        t.setDaemon(true);
        t.start();
        return new Running(t, out, err, exit);
    }

    /**
     * A verb running on its own thread: what it printed so far, its exit status once it ended; {@link #stop}
     * interrupts it (Ctrl-C).
     */
    record Running(Thread thread, StringWriter out, StringWriter err,
            java.util.concurrent.CompletableFuture<Integer> exit) {
        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(20_000);
        }
    }
}
