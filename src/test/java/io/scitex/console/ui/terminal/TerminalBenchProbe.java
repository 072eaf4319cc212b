package io.scitex.console.ui.terminal;

import io.scitex.console.remote.RemotePty;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** For bench/TerminalBench: the window's terminal widget in a shown stage, fed by {@code pty} until it ends. */
public final class TerminalBenchProbe {
    private TerminalBenchProbe() {}

    /** What a drain measured: bytes read, when the last was read ({@link System#nanoTime()}), flood frames. */
    public record Drained(long bytes, long endNanos, int floodFrames) { }

    /** Blocks until the emulator has read everything the PTY printed, and 1 s more (the frame after the end). */
    public static Drained drain(RemotePty pty, int columns, int rows) throws Exception {
        return drain(pty, columns, rows, () -> { });
    }

    /** As {@link #drain(RemotePty, int, int)}, running {@code shown} (on this thread) once the terminal is shown. */
    public static Drained drain(RemotePty pty, int columns, int rows, Runnable shown) throws Exception {
        return drain(pty, columns, rows, shown, () -> { });
    }

    /**
     * As {@link #drain(RemotePty, int, int, Runnable)}, running {@code drawn} (on this thread) after the last frame and
     * before the terminal is closed: the bench's close (on the FX thread) is not the window's, which closes a tab's
     * connection off the FX thread (TerminalTab.close).
     */
    public static Drained drain(RemotePty pty, int columns, int rows, Runnable shown, Runnable drawn)
            throws Exception {
        AtomicLong chars = new AtomicLong();
        AtomicLong end = new AtomicLong();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        ReconnectingChannel real = new ReconnectingChannel(pty, () -> {
            throw new IOException("no re-attach in the bench");
        }, new ReconnectingChannel.Listener() {
            @Override
            public void lost() { }

            @Override
            public void back() { }
        }, TerminalTab.RETRY);
        java.io.InputStream counted = new java.io.FilterInputStream(real.output()) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n < 0) {
                    end.compareAndSet(0, System.nanoTime());
                    ended.complete(null);
                } else {
                    chars.addAndGet(n);
                }
                return n;
            }
        };
        StreamTtyConnector.Channel channel = new StreamTtyConnector.Channel() {
            @Override
            public java.io.InputStream output() {
                return counted;
            }

            @Override
            public java.io.OutputStream input() {
                return real.input();
            }

            @Override
            public void resize(int c, int r) throws IOException {
                real.resize(c, r);
            }

            @Override
            public boolean isOpen() {
                return real.isOpen();
            }

            @Override
            public int waitFor() throws InterruptedException {
                return real.waitFor();
            }

            @Override
            public void close() {
                real.close();
            }
        };
        StreamTtyConnector connector = new StreamTtyConnector(channel, "bench");
        CompletableFuture<ZoomableWidget> showing = new CompletableFuture<>();
        Platform.runLater(() -> {
            ZoomableWidget w = new ZoomableWidget(columns, rows, new ThemedSettings());
            Stage stage = new Stage();
            stage.setScene(new Scene(w.getPane(), 1000, 700));
            stage.show();
            w.setTtyConnector(connector);
            w.start();
            showing.complete(w);
        });
        ZoomableWidget widget = showing.get(30, TimeUnit.SECONDS);
        shown.run();
        ended.get(10, TimeUnit.MINUTES);
        // the output is complete: JediTermFX draws the whole screen once more; that frame counts too
        Thread.sleep(1000);
        drawn.run();
        CompletableFuture<Integer> frames = new CompletableFuture<>();
        Platform.runLater(() -> {
            frames.complete(widget.pace().floodFrames());
            widget.close();
        });
        return new Drained(chars.get(), end.get(), frames.get(30, TimeUnit.SECONDS));
    }

    /**
     * The cost of one full frame of a {@code columns}x{@code rows} screen of coloured text, drawn and rendered
     * (a canvas snapshot waits for the render thread): JediTermFX's own repaint against the flood painter's; median
     * milliseconds of {@code frames}: {library draw, library draw and render, painter draw, painter draw and render,
     * render with nothing new drawn}.
     */
    public static double[] frameCosts(int columns, int rows, int frames) throws Exception {
        return WaitForFx.call(() -> {
            ZoomableWidget w = new ZoomableWidget(columns, rows, new ThemedSettings());
            Stage stage = new Stage();
            stage.setScene(new Scene(w.getPane(), 1000, 700));
            stage.show();
            for (int r = 0; r < rows; r++) {
                w.getTerminal().cursorPosition(1, r + 1);
                for (int c = 0; c + 10 <= columns; c += 10) {
                    w.getTerminal().characterAttributes(STYLES[(r + c / 10) % STYLES.length]);
                    w.getTerminal().writeCharacters(String.format("%-10s", "cell " + (r * columns + c)));
                }
            }
            w.pace().flooding(true); // JediTermFX's own timer stops drawing in between
            java.lang.reflect.Method repaint = com.techsenger.jeditermfx.ui.TerminalPanel.class
                    .getDeclaredMethod("doRepaint");
            repaint.setAccessible(true);
            FloodPainter painter = new FloodPainter((FloodPainter.Surface) w.getTerminalPanel());
            var canvas = w.getTerminalPanel().getCanvas();
            double[][] t = new double[5][frames]; // draw, draw+render: library, painter; render of nothing new
            for (int i = 0; i < frames; i++) {
                long t0 = System.nanoTime();
                repaint.invoke(w.getTerminalPanel());
                long t1 = System.nanoTime();
                canvas.snapshot(null, null);
                long t2 = System.nanoTime();
                painter.reset();
                painter.paint();
                long t3 = System.nanoTime();
                canvas.snapshot(null, null);
                long t4 = System.nanoTime();
                canvas.snapshot(null, null);
                long t5 = System.nanoTime();
                t[0][i] = (t1 - t0) / 1e6;
                t[1][i] = (t2 - t0) / 1e6;
                t[2][i] = (t3 - t2) / 1e6;
                t[3][i] = (t4 - t2) / 1e6;
                t[4][i] = (t5 - t4) / 1e6;
            }
            w.close();
            Platform.setImplicitExit(false); // the bench's next stage comes later
            stage.close();
            double[] medians = new double[t.length];
            for (int k = 0; k < t.length; k++) {
                java.util.Arrays.sort(t[k]);
                medians[k] = t[k][frames / 2];
            }
            return medians;
        });
    }

    private static final com.techsenger.jeditermfx.core.TextStyle[] STYLES = {
        com.techsenger.jeditermfx.core.TextStyle.EMPTY,
        new com.techsenger.jeditermfx.core.TextStyle(com.techsenger.jeditermfx.core.TerminalColor.index(1), null),
        new com.techsenger.jeditermfx.core.TextStyle(com.techsenger.jeditermfx.core.TerminalColor.index(2), null),
        new com.techsenger.jeditermfx.core.TextStyle(null, com.techsenger.jeditermfx.core.TerminalColor.index(4)),
    };

    /** Runs work on the FX thread and waits for it. */
    private static final class WaitForFx {
        static <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
            CompletableFuture<T> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(work.call());
                } catch (Exception | Error e) {
                    f.completeExceptionally(e);
                }
            });
            return f.get(5, TimeUnit.MINUTES);
        }
    }
}
