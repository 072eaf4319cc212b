package io.scitex.console.bench;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.terminal.TerminalBenchProbe;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The terminal bench the way real attaches see output (decision 0606): N MB printed in a tmux pane on the cluster, and
 * how long the pane's command took with no client attached, with {@code ssh -tt ... tmux attach > /dev/null} (the
 * fastest client), and with the window's terminal attached; for the terminal also the bytes tmux sent it and the
 * longest FX pulse gap. tmux stops writing to a client that falls behind (8 screens queued) and redraws its screen
 * once it caught up, so a slow terminal should neither slow the pane nor receive all N MB.
 * Usage: {@code bench/run terminaltmux [megabytes]}.
 */
public final class TerminalTmuxBench {
    private static final String SESSION = "tb";

    public static void main(String[] args) throws Exception {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        // a first terminal warms the JVM up (classes, fonts, CSS, JIT), as terminal's frame costs do there
        TerminalBenchProbe.frameCosts(120, 40, 3);
        String socket = "sacbench-" + ProcessHandle.current().pid();
        try (SshHosts hosts = TestCluster.hosts()) {
            hosts.connect(TestCluster.ALIAS);
            Tmux tmux = new Tmux(hosts, socket, mb);
            try {
                long alone = tmux.timed(null);
                long ssh = tmux.timed(() -> {
                    Process p = new ProcessBuilder(List.of("ssh", "-tt", "-F", TestCluster.sshConfig().toString(),
                            TestCluster.ALIAS, "tmux -L " + socket + " attach -t " + SESSION))
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                    return () -> p.waitFor(10, TimeUnit.MINUTES);
                });
                long[] gap = new long[1];
                long[] bytes = new long[1];
                long term = tmux.timed(() -> {
                    RemotePty pty = hosts.openPty(TestCluster.ALIAS,
                            RemoteCommand.of("tmux", "-L", socket, "attach", "-t", SESSION), 120, 40);
                    CompletableFuture<Void> done = CompletableFuture.runAsync(() -> {
                        try {
                            long[] r = drainWithPulses(pty);
                            bytes[0] = r[0];
                            gap[0] = r[1];
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    return () -> done.get(10, TimeUnit.MINUTES);
                });
                System.out.printf("%d MB printed in a tmux pane (120x40), one run:%n", mb);
                System.out.printf("  no client attached                       %6.2f s%n", alone / 1e3);
                System.out.printf("  ssh -tt ... tmux attach > /dev/null      %6.2f s%n", ssh / 1e3);
                System.out.printf("  the window's terminal attached           %6.2f s  = %.2f of the ssh client's speed"
                        + " (goal >= 0.33) %s%n", term / 1e3, (double) ssh / term, ssh * 3 >= term ? "OK" : "MISSED");
                System.out.printf("  bytes tmux sent the terminal: %.1f MB; longest FX pulse gap: %d ms (goal <= 100)"
                        + " %s%n", bytes[0] / 1e6, gap[0], gap[0] <= 100 ? "OK" : "MISSED");
                System.out.printf("  load average: %s%n", java.nio.file.Files.readString(
                        java.nio.file.Path.of("/proc/loadavg")).trim());
            } finally {
                hosts.run(TestCluster.ALIAS, RemoteCommand.of("tmux", "-L", socket, "kill-server"));
            }
        }
        Platform.exit();
        System.exit(0);
    }

    /** Drains the PTY into the window's terminal; returns {bytes, longest pulse gap in ms}. */
    private static long[] drainWithPulses(RemotePty pty) throws Exception {
        PulseGaps pulses = PulseGaps.start();
        long[] gap = new long[1];
        TerminalBenchProbe.Drained d = TerminalBenchProbe.drain(pty, 120, 40, () -> TerminalBench.settle(pulses),
                () -> {
                    gap[0] = pulses.longestMs();
                    System.out.printf("  (the longest gap ended %d ms after the terminal was shown and settled)%n",
                            pulses.longestEndMs());
                });
        pulses.stop();
        System.out.printf("  (longest FX pulse gap including the bench's close of the terminal on the FX thread: %d ms)%n",
                pulses.longestMs());
        return new long[] {d.bytes(), gap[0]};
    }

    /** A client that attaches; {@link #attach()} returns how to wait for it to end. */
    private interface Client {
        Waiter attach() throws Exception;
    }

    private interface Waiter {
        Object await() throws Exception;
    }

    /** A private tmux server on the cluster whose pane prints the output once told to go and records how long. */
    private record Tmux(SshHosts hosts, String socket, int mb) {
        /** Returns the milliseconds the pane's command took. */
        long timed(Client client) throws Exception {
            String file = "/tmp/" + socket + ".ms";
            String produce = "yes 'SAC terminal bench: 0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ'"
                    + " | head -c " + (mb * 1_000_000L);
            String pane = "tmux -L " + socket + " wait-for go; s=$(date +%s%N); " + produce
                    + "; e=$(date +%s%N); echo $(( (e - s) / 1000000 )) > " + file;
            run("rm", "-f", file);
            run("tmux", "-L", socket, "new-session", "-d", "-s", SESSION, "-x", "120", "-y", "40", pane);
            Waiter waiter = null;
            if (client != null) {
                waiter = client.attach();
                long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (run("tmux", "-L", socket, "list-clients", "-t", SESSION).isBlank()) {
                    if (System.nanoTime() > until) {
                        throw new IllegalStateException("no client attached in 30 s");
                    }
                    Thread.sleep(100);
                }
            }
            run("tmux", "-L", socket, "wait-for", "-S", "go");
            if (waiter != null) {
                waiter.await();
            }
            long until = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            String ms;
            while ((ms = run("sh", "-c", "cat " + file + " 2>/dev/null || true").trim()).isEmpty()) {
                if (System.nanoTime() > until) {
                    throw new IllegalStateException("the pane did not finish in 10 minutes");
                }
                Thread.sleep(200);
            }
            run("sh", "-c", "tmux -L " + socket + " kill-session -t " + SESSION + " 2>/dev/null; rm -f " + file);
            return Long.parseLong(ms);
        }

        private String run(String... argv) throws Exception {
            return hosts.run(TestCluster.ALIAS, RemoteCommand.of(argv)).stdout();
        }
    }
}
