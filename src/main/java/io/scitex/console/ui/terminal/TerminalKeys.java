package io.scitex.console.ui.terminal;

import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys a terminal handles before JediTerm sees them: font zoom (Ctrl+Shift+= / - / 0), the window's
 * Ctrl+Shift shortcuts (run here and kept from the terminal), and lone modifier keys, which the terminal would
 * otherwise type into the agent's pane as NUL bytes. Ctrl+Shift+F (find), C and V (copy, paste) stay the
 * terminal's own.
 */
final class TerminalKeys implements EventHandler<KeyEvent> {
    private final ZoomableWidget widget;
    private final Supplier<Scene> scene;
    private boolean swallowing;

    TerminalKeys(ZoomableWidget widget, Supplier<Scene> scene) {
        this.widget = widget;
        this.scene = scene;
    }

    @Override
    public void handle(KeyEvent e) {
        if (e.getCode().isModifierKey() || (e.getEventType() == KeyEvent.KEY_TYPED
                && (e.getCharacter().isEmpty() || e.getCharacter().equals("\0")))) {
            e.consume(); // a lone Ctrl or Shift is not a keystroke for the remote side (JediTerm sends NUL)
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            swallowing = false;
            if (!(e.isShortcutDown() && e.isShiftDown()) || ThemedSettings.FIND.match(e)) {
                return;
            }
            swallowing = zoom(e.getCode()) || accelerator(e);
            if (swallowing) {
                e.consume();
            }
        } else if (swallowing) {
            e.consume();
            if (e.getEventType() == KeyEvent.KEY_RELEASED) {
                swallowing = false;
            }
        }
    }

    private boolean zoom(KeyCode code) {
        int steps = switch (code) {
            case EQUALS, PLUS, ADD -> 1;
            case MINUS, SUBTRACT, UNDERSCORE -> -1;
            case DIGIT0, NUMPAD0 -> 0;
            default -> Integer.MIN_VALUE;
        };
        if (steps == Integer.MIN_VALUE) {
            return false;
        }
        widget.zoom(steps);
        return true;
    }

    private boolean accelerator(KeyEvent e) {
        Scene s = scene.get();
        if (s == null) {
            return false;
        }
        for (var shortcut : s.getAccelerators().entrySet()) {
            if (shortcut.getKey().match(e)) {
                shortcut.getValue().run();
                return true;
            }
        }
        return false;
    }
}
