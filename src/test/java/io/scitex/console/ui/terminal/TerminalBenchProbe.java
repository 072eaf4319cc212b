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
        CompletableFuture<ZoomableWidget> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            ZoomableWidget w = new ZoomableWidget(columns, rows, new ThemedSettings());
            Stage stage = new Stage();
            stage.setScene(new Scene(w.getPane(), 1000, 700));
            stage.show();
            w.setTtyConnector(connector);
            w.start();
            shown.complete(w);
        });
        ZoomableWidget widget = shown.get(30, TimeUnit.SECONDS);
        ended.get(10, TimeUnit.MINUTES);
        // the output is complete: JediTermFX draws the whole screen once more; that frame counts too
        Thread.sleep(1000);
        CompletableFuture<Integer> frames = new CompletableFuture<>();
        Platform.runLater(() -> {
            frames.complete(widget.pace().floodFrames());
            widget.close();
        });
        return new Drained(chars.get(), end.get(), frames.get(30, TimeUnit.SECONDS));
    }
}
