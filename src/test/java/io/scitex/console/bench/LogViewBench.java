package io.scitex.console.bench;

import io.scitex.console.runtime.LogTail;
import io.scitex.console.ui.common.FxUiExecutor;
import io.scitex.console.ui.logs.LogController;
import io.scitex.console.ui.logs.LogPaneModel;
import io.scitex.console.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Appends N lines (default 200,000) to the window's Log pane as fast as a stream thread can offer them, in batches
 * of 500: the real pane (log.fxml, its controller, {@link LogPaneModel} with the default cap of 100,000 lines, its
 * ListView with the console's CSS) in a headless Monocle stage with software rendering, fed through the tail
 * listener the log stream calls, drained once per pulse and following the end. Prints lines/s, the longest gap
 * between two FX pulses and the heap used after GC with the lines kept, beside the goals (issue 13); where the longest
 * gaps fell (pulse number, FX thread CPU in them). Two bursts in one run: the first into a pane whose JVM has never
 * shown a list cell, the second into the same pane (as in the window, where other views have run before).
 * Usage: {@code bench/run logview [N]}.
 */
public final class LogViewBench {
    private static final double GOAL_LINES_PER_S = 100_000;
    private static final double GOAL_GAP_MS = 100;
    private static final AtomicLong LONGEST_PULSE = new AtomicLong();
    private static volatile boolean RECORD;
    private static volatile long RECORD_FROM;

    private LogViewBench() {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Platform.startup(() -> { });
        LogPaneModel model = new LogPaneModel();
        FxUiExecutor executor = new FxUiExecutor(2);
        CompletableFuture<LogTail.Listener> tail = new CompletableFuture<>();
        AtomicLong maxGap = new AtomicLong();
        long[] last = {0};
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] lastCpu = {0, 0};
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        // while appending: {gap ns, FX thread CPU ns in it, lines received, CPU ns of the whole JVM in it}
        List<long[]> pulses = new ArrayList<>();
        Platform.runLater(() -> {
            FXMLLoader loader = new FXMLLoader(LogViewBench.class.getResource("/fxml/log.fxml"));
            loader.setControllerFactory(t -> new LogController(model, m -> { }));
            Parent pane;
            try {
                pane = loader.load();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Stage stage = new Stage();
            Scene scene = new Scene(pane, 1000, 700);
            Theme.style(scene);
            stage.setScene(scene);
            stage.show();
            model.setSource((agent, lines, listener) -> {
                tail.complete(listener);
                return () -> { };
            }, executor, io.scitex.console.ui.logs.OutputLogModel.DEFAULT_CAP, m -> { });
            model.show("bench");
            long[] changeAt = {0};
            model.lines().addListener((javafx.collections.ListChangeListener<String>) c -> changeAt[0] = System.nanoTime());
            scene.addPostLayoutPulseListener(() -> {
                if (changeAt[0] != 0) {
                    LONGEST_PULSE.accumulateAndGet(System.nanoTime() - changeAt[0], Math::max);
                    changeAt[0] = 0;
                }
            });
            model.activeProperty().set(true);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    long cpu = threads.getCurrentThreadCpuTime();
                    long jvm = os.getProcessCpuTime();
                    if (last[0] != 0) {
                        maxGap.accumulateAndGet(now - last[0], Math::max);
                        if (RECORD && pulses.size() < 100_000) {
                            pulses.add(new long[] {now - last[0], cpu - lastCpu[0], model.output().received() - RECORD_FROM,
                                    jvm - lastCpu[1]});
                        }
                    }
                    last[0] = now;
                    lastCpu[0] = cpu;
                    lastCpu[1] = jvm;
                }
            }.start();
        });
        LogTail.Listener listener = tail.get(30, TimeUnit.SECONDS);
        Thread.sleep(1000); // the window is up and pulsing
        maxGap.set(0);
        Thread.sleep(2000);
        double idleGapMs = maxGap.get() / 1e6; // baseline: the same pane, pulsing with nothing to append
        String[] names = {"first burst (a cold JVM: the pane's first lines)", "second burst (the same pane, warm)"};
        for (int b = 0; b < names.length; b++) {
            System.out.printf("logview: %s%n", names[b]);
            burst(model, listener, total, (long) b * total, maxGap, pulses, idleGapMs);
        }
        Platform.exit();
        System.exit(0);
    }

    /** Appends {@code total} lines numbered after {@code base} and prints the figures of this burst. */
    private static void burst(LogPaneModel model, LogTail.Listener listener, int total, long base, AtomicLong maxGap,
            List<long[]> pulses, double idleGapMs) throws Exception {
        CompletableFuture<Void> reset = new CompletableFuture<>();
        Platform.runLater(() -> {
            pulses.clear();
            RECORD_FROM = base;
            RECORD = true;
            reset.complete(null);
        });
        reset.get(10, TimeUnit.SECONDS);
        maxGap.set(0);
        LONGEST_PULSE.set(0);
        long t0 = System.nanoTime();
        for (long i = base + 1; i <= base + total; i += 500) {
            List<String> batch = new ArrayList<>(500);
            for (long j = i; j < i + 500 && j <= base + total; j++) {
                batch.add("2026-11-30T04:00:00Z line " + j + " of the benchmark, with some text to make it typical");
            }
            listener.lines(batch);
        }
        long[] kept = {0, 0};
        while (true) {
            CompletableFuture<long[]> f = new CompletableFuture<>();
            Platform.runLater(() -> f.complete(new long[] {model.output().received(), model.lines().size(),
                    model.output().dropped()}));
            long[] r = f.get(120, TimeUnit.SECONDS);
            if (r[0] >= base + total) {
                kept[0] = r[1];
                kept[1] = r[2];
                break;
            }
            if (System.nanoTime() - t0 > 120_000_000_000L) {
                System.out.println("logview: not done within 120 s");
                System.exit(1);
            }
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = total / seconds;
        Thread.sleep(300); // a last pulse or two
        double gapMs = maxGap.get() / 1e6;
        CompletableFuture<List<long[]>> recorded = new CompletableFuture<>();
        Platform.runLater(() -> {
            RECORD = false;
            recorded.complete(List.copyOf(pulses));
        });
        List<long[]> burstPulses = recorded.get(10, TimeUnit.SECONDS); // before the GC below pauses the pulses
        System.gc();
        Thread.sleep(200);
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.printf("logview: %d lines appended in %.2f s: %.0f lines/s; goal > %.0f: %s%n", total, seconds,
                rate, GOAL_LINES_PER_S, rate > GOAL_LINES_PER_S ? "MET" : "MISSED");
        System.out.printf("logview: longest gap between two FX pulses %.1f ms; goal <= %.0f ms: %s (baseline: %.1f ms"
                + " over 2 s of the idle pane in this run)%n", gapMs, GOAL_GAP_MS, gapMs <= GOAL_GAP_MS ? "MET"
                : "MISSED", idleGapMs);
        System.out.printf("logview: longest time from a drain's list change to the end of that pulse's layout %.1f"
                + " ms%n", LONGEST_PULSE.get() / 1e6);
        report(burstPulses);
        System.out.printf("logview: load average %s%n", java.nio.file.Files.readString(java.nio.file.Path.of(
                "/proc/loadavg")).strip());
        System.out.printf("logview: %d lines kept (cap %d), %d dropped in all; heap used after GC %d MB%n", kept[0],
                io.scitex.console.ui.logs.OutputLogModel.DEFAULT_CAP, kept[1], usedMb);
    }

    /**
     * Where the longest gaps were: the pulse's number from the start of the burst, the lines received by then, and
     * how much of the gap the FX thread spent on the CPU (the rest it waited: for the render thread, or for a core on
     * a loaded machine; the JVM's CPU in the gap shows whether its threads ran at all). The FX thread's CPU per pulse
 * depends far less on the load than the gap does.
     */
    private static void report(List<long[]> pulses) {
        if (pulses.isEmpty()) {
            return;
        }
        int first = 0;
        while (first < pulses.size() - 1 && pulses.get(first)[2] == 0) {
            first++; // the pulses before the first line arrived
        }
        long maxCpu = 0;
        long maxLater = 0;
        for (int i = first; i < pulses.size(); i++) {
            maxCpu = Math.max(maxCpu, pulses.get(i)[1]);
            if (i > first + 1) {
                maxLater = Math.max(maxLater, pulses.get(i)[0]);
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pulses.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(pulses.get(b)[0], pulses.get(a)[0]));
        StringBuilder top = new StringBuilder();
        for (int i : order.subList(0, Math.min(3, order.size()))) {
            long[] p = pulses.get(i);
            top.append(String.format(" #%d (%,d lines received) %.1f ms, FX thread CPU %.1f ms, JVM CPU %.1f ms;",
                    i - first, p[2], p[0] / 1e6, p[1] / 1e6, p[3] / 1e6));
        }
        System.out.printf("logview: %d pulses while appending; longest gaps by pulse number from the first lines:%s%n",
                pulses.size() - first, top);
        System.out.printf("logview: longest FX thread CPU between two pulses %.1f ms; longest gap after the first two"
                + " pulses with lines %.1f ms%n", maxCpu / 1e6, maxLater / 1e6);
    }
}
