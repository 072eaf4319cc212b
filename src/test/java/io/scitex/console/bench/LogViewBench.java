package io.scitex.console.bench;

import io.scitex.console.ui.logs.OutputLogModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

/**
 * Appends N lines (default 200,000) to the log view as fast as a stream thread can offer them, in batches of 500:
 * a real ListView (headless Monocle, software rendering, fixed cell height) over {@link OutputLogModel} with its
 * default cap, drained once per FX pulse (at most 20,000 lines a pulse) and scrolled to the end (follow). Prints lines/s, the longest gap between two pulses, and the heap
 * used after GC with the lines kept, beside the goals (issue 13). Usage: {@code bench/run logview [N]}.
 */
public final class LogViewBench {
    private static final double GOAL_LINES_PER_S = 100_000;
    private static final double GOAL_GAP_MS = 100;
    private static final int PER_PULSE = 20_000;

    private LogViewBench() {}

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        Platform.startup(() -> { });
        OutputLogModel model = new OutputLogModel(OutputLogModel.DEFAULT_CAP);
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong maxGap = new AtomicLong();
        AtomicLong shown = new AtomicLong();
        AtomicLong maxDrain = new AtomicLong();
        AtomicLong maxScroll = new AtomicLong();
        long[] last = {0};
        Platform.runLater(() -> {
            ListView<String> view = new ListView<>(model.visible());
            view.setFixedCellSize(18);
            view.setCellFactory(v -> new ListCell<>() {
                {
                    getStyleClass().add("mono");
                }

                @Override
                protected void updateItem(String line, boolean empty) {
                    super.updateItem(line, empty);
                    setText(empty ? null : line);
                }
            });
            Stage stage = new Stage();
            stage.setScene(new Scene(view, 1000, 700));
            stage.show();
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (last[0] != 0) {
                        maxGap.accumulateAndGet(now - last[0], Math::max);
                    }
                    last[0] = now;
                    long a = System.nanoTime();
                    if (model.drain(PER_PULSE) > 0) {
                        long b = System.nanoTime();
                        view.scrollTo(model.visible().size() - 1);
                        maxDrain.accumulateAndGet(b - a, Math::max);
                        maxScroll.accumulateAndGet(System.nanoTime() - b, Math::max);
                    }
                    maxGap.accumulateAndGet(System.nanoTime() - now, Math::max);
                    shown.set(model.received());
                    if (model.received() >= total) {
                        stop();
                        done.countDown();
                    }
                }
            }.start();
        });
        Thread.sleep(1000); // the window is up and pulsing
        maxGap.set(0);
        long t0 = System.nanoTime();
        for (int i = 1; i <= total; i += 500) {
            List<String> batch = new ArrayList<>(500);
            for (int j = i; j < i + 500 && j <= total; j++) {
                batch.add("2026-11-30T04:00:00Z line " + j + " of the benchmark, with some text to make it typical");
            }
            model.offer(batch);
        }
        if (!done.await(120, TimeUnit.SECONDS)) {
            System.out.println("logview: not done within 120 s; lines in the view: " + shown.get());
            System.exit(1);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = total / seconds;
        double gapMs = maxGap.get() / 1e6;
        System.gc();
        Thread.sleep(200);
        Runtime rt = Runtime.getRuntime();
        long usedMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.printf("logview: %d lines appended in %.2f s: %.0f lines/s; goal > %.0f: %s%n", total, seconds,
                rate, GOAL_LINES_PER_S, rate > GOAL_LINES_PER_S ? "MET" : "MISSED");
        System.out.printf("logview: longest gap between two FX pulses %.1f ms; goal <= %.0f ms: %s%n", gapMs,
                GOAL_GAP_MS, gapMs <= GOAL_GAP_MS ? "MET" : "MISSED");
        System.out.printf("logview: %d lines kept (cap %d), %d dropped; heap used after GC %d MB%n",
                model.all().size(), model.cap(), model.dropped(), usedMb);
        System.out.printf("logview: longest drain %.1f ms, longest scroll %.1f ms%n", maxDrain.get() / 1e6,
                maxScroll.get() / 1e6);
        Platform.exit();
        System.exit(0);
    }
}
