package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.ui.JediTermFxWidget;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.ui.common.UiExecutor;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyEvent;

/**
 * A tab holding an embedded terminal attached to an agent's tmux session. The PTY is opened off the FX thread; on
 * close the tmux client is detached first (so no {@code srun --pty} step is left behind on the node), then the
 * channel is closed.
 */
public final class TerminalTab {
    private static final int COLUMNS = 120;
    private static final int ROWS = 32;

    private final Tab tab;
    private final UiExecutor executor;
    private final byte[] detachKeys;
    private JediTermFxWidget widget;
    private RemotePty pty;

    /**
     * @param open opens the PTY (runs off the FX thread)
     * @param detachKeys what to type to detach the tmux client (its prefix key, then {@code d})
     */
    public TerminalTab(String title, Callable<RemotePty> open, byte[] detachKeys, UiExecutor executor,
            Consumer<String> message) {
        this.executor = executor;
        this.detachKeys = detachKeys.clone();
        this.tab = new Tab(title, new Label("Connecting to " + title + "…"));
        tab.setId("terminal-" + title);
        tab.setUserData(this);
        tab.setOnClosed(e -> close());
        executor.submit(open, this::attach, e -> {
            tab.setContent(new Label("Could not attach: " + e.getMessage()));
            message.accept("Could not attach to " + title + ": " + e.getMessage());
        });
    }

    public Tab tab() {
        return tab;
    }

    /** The terminal widget once attached (null while connecting). */
    public JediTermFxWidget widget() {
        return widget;
    }

    private void attach(RemotePty opened) {
        this.pty = opened;
        widget = new JediTermFxWidget(COLUMNS, ROWS, new ThemedSettings());
        widget.setTtyConnector(new StreamTtyConnector(new PtyChannel(opened), tab.getText()));
        widget.start();
        tab.setContent(widget.getPane());
        widget.getPane().addEventFilter(KeyEvent.ANY, new ShortcutGuard());
        // after the pane is laid out, so keys go to the terminal without a click first
        javafx.application.Platform.runLater(() -> {
            if (widget != null) {
                widget.getTerminalPanel().getCanvas().requestFocus();
            }
        });
    }

    /** Detaches the tmux client, waits briefly for the remote side to end, then closes everything. */
    public void close() {
        RemotePty p = pty;
        JediTermFxWidget w = widget;
        pty = null;
        widget = null;
        if (p == null) {
            if (w != null) {
                w.close();
            }
            return;
        }
        // the widget's close also closes the channel: detach through it first
        executor.submit(() -> {
            detach(p, detachKeys);
            return null;
        }, ignored -> closeWidget(w), ignored -> closeWidget(w));
    }

    /**
     * Runs the window's Ctrl+Shift shortcuts itself and keeps their key events, and lone modifier keys, from the
     * terminal, which would otherwise type them into the agent's pane as NUL bytes.
     */
    private final class ShortcutGuard implements javafx.event.EventHandler<KeyEvent> {
        private boolean swallowing;

        @Override
        public void handle(KeyEvent e) {
            if (e.getCode().isModifierKey() || (e.getEventType() == KeyEvent.KEY_TYPED
                    && (e.getCharacter().isEmpty() || e.getCharacter().equals("\0")))) {
                e.consume(); // a lone Ctrl or Shift is not a keystroke for the remote side (JediTerm sends NUL)
                return;
            }
            if (e.getEventType() == KeyEvent.KEY_PRESSED) {
                swallowing = false;
                Scene scene = tab.getTabPane() == null ? null : tab.getTabPane().getScene();
                if (scene == null || !(e.isShortcutDown() && e.isShiftDown())) {
                    return;
                }
                for (var shortcut : scene.getAccelerators().entrySet()) {
                    if (shortcut.getKey().match(e)) {
                        swallowing = true;
                        e.consume();
                        shortcut.getValue().run();
                        return;
                    }
                }
            } else if (swallowing) {
                e.consume();
                if (e.getEventType() == KeyEvent.KEY_RELEASED) {
                    swallowing = false;
                }
            }
        }
    }

    /** Blocking variant for application exit. */
    public void closeNow() {
        RemotePty p = pty;
        pty = null;
        if (p != null) {
            detach(p, detachKeys);
        }
        if (widget != null) {
            widget.close();
            widget = null;
        }
    }

    private static void closeWidget(JediTermFxWidget w) {
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
