package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.ui.TerminalPanel;
import java.lang.reflect.Field;
import javafx.animation.Timeline;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows JediTermFX's repaint timer while output floods in and restores it when the output pauses. Each repaint draws
 * every cell of the screen one by one (save, clip, text, restore) while holding the text buffer's lock, so at the
 * normal rate the repaints alone kept the FX thread busy and the emulator waiting; during a flood nobody reads the
 * lines flying by, and a few frames a second show the progress. The timer is a private field with no setter; without
 * it (another JediTermFX version) the pace stays as it is. Decision 0604.
 */
final class RepaintPace {
    static final double FLOOD_RATE = 0.2;
    private static final Logger LOG = LoggerFactory.getLogger(RepaintPace.class);

    private final Timeline timer;

    /** FX thread, after the panel's {@code init()} (the widget's constructor runs it). */
    RepaintPace(TerminalPanel panel) {
        this.timer = find(panel);
    }

    /** Any thread: a flood started ({@code true}) or ended. */
    void flooding(boolean flood) {
        if (timer != null) {
            Platform.runLater(() -> timer.setRate(flood ? FLOOD_RATE : 1.0));
        }
    }

    /** The timer's current rate (1 normally), or -1 when the timer was not found (for tests). */
    double rate() {
        return timer == null ? -1 : timer.getRate();
    }

    private static Timeline find(TerminalPanel panel) {
        try {
            Field f = TerminalPanel.class.getDeclaredField("myRepaintTimeLine");
            f.setAccessible(true);
            return (Timeline) f.get(panel);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("terminal: no repaint timer found ({}); repaints keep their pace during floods", e.toString());
            return null;
        }
    }
}
