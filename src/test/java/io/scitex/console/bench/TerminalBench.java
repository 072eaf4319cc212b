package io.scitex.console.bench;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.terminal.TerminalBenchProbe;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * 20 MB of output through an attached terminal (JediTermFX's emulator and model fed by a PTY of the shared sshj
 * connection, in a shown window) against {@code ssh -tt <alias> <same command> > /dev/null}, in one run. Goals: the
 * terminal at least a third of raw SSH's throughput; no gap between FX pulses over 100 ms meanwhile.
 * Usage: {@code bench/run terminal [megabytes]}.
 */
public final class TerminalBench {
    private static final double GOAL_RATIO = 1.0 / 3;
    private static final long GOAL_GAP_MS = 100;

    public static void main(String[] args) throws Exception {
        int mb = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        String produce = "yes 'SAC terminal bench: 0123456789 abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ'"
                + " | head -c " + (mb * 1_000_000L);
        double[] frame = TerminalBenchProbe.frameCosts(120, 40, 15);
        double raw = rawSsh(produce);
        double term;
        double cpu;
        long gap;
        long idleGap;
        try (SshHosts hosts = TestCluster.hosts()) {
            hosts.connect(TestCluster.ALIAS);
            PulseGaps pulses = PulseGaps.start();
            Thread.sleep(2000); // the baseline: pulses with nothing to do, under the same load
            idleGap = pulses.longestMs();
            RemotePty pty = hosts.openPty(TestCluster.ALIAS, RemoteCommand.of("bash", "-c", produce), 120, 40);
            pulses.reset();
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            long[] drawnGap = new long[1];
            TerminalBenchProbe.Drained drained = TerminalBenchProbe.drain(pty, 120, 40, () -> settle(pulses),
                    () -> drawnGap[0] = pulses.longestMs());
            term = (drained.endNanos() - t0) / 1e9;
            cpu = (processCpuNanos() - cpu0) / 1e9;
            pulses.stop();
            gap = drawnGap[0];
            System.out.printf("terminal: longest FX pulse gap including the bench's close of the terminal on the FX "
                    + "thread: %d ms%n", pulses.longestMs());
            System.out.printf("terminal: %d bytes through the emulator, %d frames drawn by the flood painter%n",
                    drained.bytes(), drained.floodFrames());
        }
        double mbRaw = mb / raw;
        double mbTerm = mb / term;
        System.out.printf("%d MB of output, one run:%n", mb);
        System.out.printf("  ssh -tt %s ... > /dev/null   %6.2f s  %6.1f MB/s%n", TestCluster.ALIAS, raw, mbRaw);
        System.out.printf("  attached terminal (JediTermFX) %6.2f s  %6.1f MB/s  = %.2f of raw SSH (goal >= %.2f) %s%n",
                term, mbTerm, mbTerm / mbRaw, GOAL_RATIO, mbTerm / mbRaw >= GOAL_RATIO ? "OK" : "MISSED");
        System.out.printf("  CPU time of this JVM meanwhile: %.1f s (%.1f s per MB); load average: %s%n", cpu, cpu / mb,
                loadAverage());
        System.out.printf("  longest gap between FX pulses meanwhile and 1 s after: %d ms (goal <= %d ms) %s%n", gap, GOAL_GAP_MS,
                gap <= GOAL_GAP_MS ? "OK" : "MISSED");
        System.out.printf("  longest gap between FX pulses in 2 s before, nothing to draw: %d ms (the load's share)%n",
                idleGap);
        System.out.printf("  one full frame of 120x40 coloured cells (median of 15), FX thread's drawing / drawn and"
                + " rendered (a snapshot):%n    JediTermFX's repaint %.1f / %.1f ms, the flood painter %.1f / %.1f ms,"
                + " a snapshot with nothing new drawn %.1f ms%n", frame[0], frame[1], frame[2], frame[3], frame[4]);
        Platform.exit();
        System.exit(0);
    }

    /**
     * After the terminal was shown: 300 ms for its first frames (layout, CSS, fonts: not the flood's), then the pulse
     * gaps start again from zero; prints the longest gap so far, the terminal's opening (its widget made and first
     * drawn on the FX thread).
     */
    static void settle(PulseGaps pulses) {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf("  opening the terminal: longest FX pulse gap %d ms%n", pulses.reset());
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return String.format("%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static double rawSsh(String produce) throws Exception {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(List.of("ssh", "-tt", "-F", TestCluster.sshConfig().toString(),
                TestCluster.ALIAS, produce)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("ssh -tt did not finish");
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
