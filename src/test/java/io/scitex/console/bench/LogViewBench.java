package io.scitex.console.bench;

import io.scitex.console.runtime.LogTail;
import io.scitex.console.ui.common.FxUiExecutor;
import io.scitex.console.ui.logs.LogController;
import io.scitex.console.ui.logs.LogPaneModel;
import io.scitex.console.ui.theme.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
 * between two FX pulses and the heap used after GC with the lines kept, beside the goals (issue 13).
 * Usage: {@code bench/run logview [N]}.
 */
public final class LogViewBench {
    private static final double GOAL_LINES_PER_S = 100_000;
    private static final double GOAL_GAP_MS = 100;
    private static final AtomicLong LONGEST_PULSE = new AtomicLong();

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
                    if (last[0] != 0) {
                        maxGap.accumulateAndGet(now - last[0], Math::max);
                    }
                    last[0] = now;
                }
            }.start();
        });
        LogTail.Listener listener = tail.get(30, TimeUnit.SECONDS);
        Thread.sleep(1000); // the window is up and pulsing
        maxGap.set(0);
        Thread.sleep(2000);
        double idleGapMs = maxGap.get() / 1e6; // baseline: the same pane, pulsing with nothing to append
        maxGap.set(0);
        long t0 = System.nanoTime();
        for (int i = 1; i <= total; i += 500) {
            List<String> batch = new ArrayList<>(500);
            for (int j = i; j < i + 500 && j <= total; j++) {
                batch.add("2026-11-30T04:00:00Z line " + j + " of the benchmark, with some text to make it typical");
            }
            listener.lines(batch);
        }
        CountDownLatch done = new CountDownLatch(1);
        long[] kept = {0, 0};
        Thread waiter = new Thread(() -> {
            while (true) {
                CompletableFuture<long[]> f = new CompletableFuture<>();
                Platform.runLater(() -> f.complete(new long[] {model.output().received(), model.lines().size(),
                        model.output().dropped()}));
                try {
                    long[] r = f.get();
                    if (r[0] >= total) {
                        kept[0] = r[1];
                        kept[1] = r[2];
                        done.countDown();
                        return;
                    }
                    Thread.sleep(5);
                } catch (Exception e) {
                    return;
                }
            }
        });
        waiter.setDaemon(true);
        waiter.start();
        if (!done.await(120, TimeUnit.SECONDS)) {
            System.out.println("logview: not done within 120 s");
            System.exit(1);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = total / seconds;
        Thread.sleep(300); // a last pulse or two
        double gapMs = maxGap.get() / 1e6;
        System.gc();
        Thread.sleep(200);
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.printf("logview: %d lines appended in %.2f s: %.0f lines/s; goal > %.0f: %s%n", total, seconds,
                rate, GOAL_LINES_PER_S, rate > GOAL_LINES_PER_S ? "MET" : "MISSED");
        System.out.printf("logview: longest gap between two FX pulses %.1f ms; goal <= %.0f ms: %s (baseline: %.1f ms"
                + " over 2 s of the idle pane in this run)%n", gapMs, GOAL_GAP_MS, gapMs <= GOAL_GAP_MS ? "MET"
                : "MISSED", idleGapMs);
        System.out.printf("logview: longest time from a drain's list change to the end of that pulse's layout %.1f ms%n", LONGEST_PULSE.get() / 1e6);
        System.out.printf("logview: load average %s%n", java.nio.file.Files.readString(java.nio.file.Path.of(
                "/proc/loadavg")).strip());
        System.out.printf("logview: %d lines kept (cap %d), %d dropped; heap used after GC %d MB%n", kept[0],
                io.scitex.console.ui.logs.OutputLogModel.DEFAULT_CAP, kept[1], usedMb);
        Platform.exit();
        System.exit(0);
    }
}
