package io.scitex.console.ui.terminal;

import io.scitex.console.remote.RemotePty;
import io.scitex.console.ui.common.UiExecutor;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyEvent;

/**
 * A tab holding an embedded terminal attached to an agent's tmux session. The PTY is opened off the FX thread; when
 * the link drops the tab says so, keeps its scrollback and re-attaches by itself ({@link ReconnectingChannel}); on
 * close the tmux client is detached first (so no {@code srun --pty} step is left behind on the node), then the
 * channel is closed.
 */
public final class TerminalTab {
    private static final int COLUMNS = 120;
    private static final int ROWS = 32;
    static final Duration RETRY = Duration.ofSeconds(2);
    /** How long a tab closed during an outage keeps trying to release its client on the node. */
    static final Duration RELEASE_GIVE_UP = Duration.ofMinutes(15);

    private final Tab tab;
    private final String title;
    private final UiExecutor executor;
    private final byte[] detachKeys;
    private final Callable<RemotePty> reopen;
    private ZoomableWidget widget;
    private ReconnectingChannel channel;
    private boolean closed;
    private volatile boolean linkLost;
    private AttachSession session;

    /**
     * @param open opens the PTY (runs off the FX thread)
     * @param reopen opens it again after the link dropped (off the FX thread; fails while the host is away)
     * @param detachKeys what to type to detach the tmux client (its prefix key, then {@code d})
     */
    public TerminalTab(String title, Callable<RemotePty> open, Callable<RemotePty> reopen, byte[] detachKeys,
            UiExecutor executor, Consumer<String> message) {
        this.title = title;
        this.executor = executor;
        this.detachKeys = detachKeys.clone();
        this.reopen = reopen;
        this.tab = new Tab(title, new Label("Connecting to " + title + "…"));
        tab.setId("terminal-" + title);
        tab.setUserData(this);
        tab.setOnClosed(e -> close());
        executor.submit(open, this::attach, e -> {
            tab.setContent(new Label("Could not attach: " + e.getMessage()));
            message.accept("Could not attach to " + title + ": " + e.getMessage());
        });
    }

    /**
     * A tab over an {@link AttachSession}: re-attaches release the dropped client first, and a tab closed while its
     * link is lost releases its client once the host answers again.
     */
    public TerminalTab(String title, AttachSession session, byte[] detachKeys, UiExecutor executor,
            Consumer<String> message) {
        this(title, session::open, session::reopen, detachKeys, executor, message);
        this.session = session;
    }

    /** Whether the link is lost now (between "connection lost" and the re-attach). */
    public boolean linkLost() {
        return linkLost;
    }

    public Tab tab() {
        return tab;
    }

    /** The title without any connection note. */
    public String title() {
        return title;
    }

    /** The terminal widget once attached (null while connecting). */
    public ZoomableWidget widget() {
        return widget;
    }

    private void attach(RemotePty opened) {
        if (closed) { // closed while connecting
            executor.submit(() -> {
                detach(opened, detachKeys);
                return null;
            }, ignored -> { }, ignored -> { });
            return;
        }
        channel = new ReconnectingChannel(opened, reopen, new ReconnectingChannel.Listener() {
            @Override
            public void lost() {
                linkLost = true;
                Platform.runLater(() -> tab.setText(title + " — connection lost, re-attaching…"));
            }

            @Override
            public void back() {
                linkLost = false;
                Platform.runLater(() -> tab.setText(title));
            }
        }, RETRY);
        widget = new ZoomableWidget(COLUMNS, ROWS, new ThemedSettings());
        widget.setTtyConnector(new StreamTtyConnector(channel, title));
        widget.start();
        tab.setContent(widget.getPane());
        widget.getPane().addEventFilter(KeyEvent.ANY, new TerminalKeys(widget, this::scene));
        // after the pane is laid out, so keys go to the terminal without a click first
        Platform.runLater(() -> {
            if (widget != null) {
                widget.getTerminalPanel().getCanvas().requestFocus();
            }
        });
    }

    private Scene scene() {
        return widget == null ? null : widget.getPane().getScene();
    }

    /** Detaches the tmux client, waits briefly for the remote side to end, then closes everything. */
    public void close() {
        closed = true;
        if (linkLost && session != null) {
            session.releaseLater(RETRY, RELEASE_GIVE_UP);
        }
        ReconnectingChannel c = channel;
        ZoomableWidget w = widget;
        channel = null;
        widget = null;
        if (c == null) {
            closeWidget(w);
            return;
        }
        c.stopReconnecting();
        // the widget's close also closes the channel: detach through it first
        executor.submit(() -> {
            detach(c.current(), detachKeys);
            c.close();
            return null;
        }, ignored -> closeWidget(w), ignored -> closeWidget(w));
    }

    /** Blocking variant for application exit. */
    public void closeNow() {
        ReconnectingChannel c = channel;
        channel = null;
        if (c != null) {
            c.stopReconnecting();
            detach(c.current(), detachKeys);
            c.close();
        }
        if (widget != null) {
            widget.close();
            widget = null;
        }
    }

    private static void closeWidget(ZoomableWidget w) {
        if (w != null) {
            w.close();
        }
    }

    /** Blocking: used on the way out of the application too. */
    public static void detach(RemotePty p, byte[] keys) {
        try {
            if (p.isOpen() && keys.length > 0) {
                p.input().write(keys);
                p.input().flush();
                p.waitFor(Duration.ofSeconds(3));
            }
        } catch (IOException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            p.close();
        }
    }
}
