package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.ui.TerminalPanel;
import java.lang.reflect.Field;
import javafx.animation.AnimationTimer;
import javafx.animation.Timeline;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who draws the terminal while output floods in. JediTermFX's repaint draws every cell of the screen one by one (save,
 * clip, text, restore) while holding the text buffer's lock: one frame of 120x40 cells cost more than a 100 ms pulse
 * under software rendering, and at its normal rate the repaints kept the FX thread busy and the emulator waiting. So
 * during a flood its repaint timer is paused and a {@link FloodPainter} draws the changed rows at most every
 * {@link #FLOOD_FRAME_NANOS}; when the output pauses ({@link ChunkedDataStream#PAUSE_NANOS} without input: the
 * emulator tells, or these frames see it) the timer plays again and JediTermFX draws the whole screen once (cursor,
 * selection and search highlights included). The timer is a private field with no setter; without it
 * (another JediTermFX version) JediTermFX keeps drawing at its own pace. Decisions 0604, 0606, 0607.
 */
final class RepaintPace implements ChunkedDataStream.Flood {
    /** At most one flood frame per this many nanoseconds (the rows scroll by faster than anyone reads them). */
    static final long FLOOD_FRAME_NANOS = 100_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(RepaintPace.class);

    private final TerminalPanel panel;
    private final Timeline timer;
    private final FloodPainter painter;
    private final AnimationTimer frames;
    /** A pulse later than this after the last one means the window falls behind. */
    static final long BEHIND_NANOS = 50_000_000;

    private volatile boolean flooding;
    private volatile long lastPulse;
    private volatile long lastInput = System.nanoTime();
    private final java.util.concurrent.atomic.AtomicBoolean endedByWindow =
            new java.util.concurrent.atomic.AtomicBoolean();
    private int floodFrames;
    private boolean stopped;

    /** FX thread, after the panel's {@code init()} (the widget's constructor runs it). */
    RepaintPace(TerminalPanel panel, FloodPainter painter) {
        this.panel = panel;
        this.timer = find(panel);
        this.painter = painter;
        this.frames = new AnimationTimer() {
            private long lastFrame;

            @Override
            public void handle(long now) {
                lastPulse = System.nanoTime();
                if (lastPulse - lastInput > ChunkedDataStream.PAUSE_NANOS) {
                    // the output paused and the emulator waits for more: JediTermFX draws the screen again
                    // (cursor, selection) instead of waiting for the next input to end the flood
                    endedByWindow.set(true);
                    apply(false);
                    return;
                }
                if (now - lastFrame >= FLOOD_FRAME_NANOS) {
                    lastFrame = now;
                    painter.paint();
                    floodFrames++;
                }
            }
        };
    }

    /** Any thread: a flood started ({@code true}) or ended. */
    @Override
    public void flooding(boolean flood) {
        if (timer != null) {
            Platform.runLater(() -> apply(flood));
        }
    }

    /** Emulator thread: input came. */
    @Override
    public void input() {
        lastInput = System.nanoTime();
    }

    /** Emulator thread: whether the window ended the flood (after a pause in the output) since the last call. */
    @Override
    public boolean endedByWindow() {
        return endedByWindow.getAndSet(false);
    }

    /** Any thread: whether the flood painter draws and the window's pulses are late (the emulator then waits). */
    @Override
    public boolean behind() {
        return flooding && System.nanoTime() - lastPulse > BEHIND_NANOS;
    }

    /** Whether the flood painter draws now (FX thread; for tests). */
    boolean floodPainting() {
        return flooding;
    }

    /** Frames the flood painter drew (FX thread; for tests). */
    int floodFrames() {
        return floodFrames;
    }

    /** Stops the flood painter for good (the widget closes). FX thread. */
    void stop() {
        frames.stop();
        flooding = false;
        stopped = true;
    }

    private void apply(boolean flood) {
        if (flood == flooding || stopped) {
            return;
        }
        flooding = flood;
        if (flood) {
            lastPulse = System.nanoTime();
            lastInput = lastPulse; // a flood starts with input; its frames end it after a pause
            timer.pause();
            painter.reset();
            frames.start();
        } else {
            frames.stop();
            panel.repaint();
            timer.play();
        }
    }

    private static Timeline find(TerminalPanel panel) {
        try {
            Field f = TerminalPanel.class.getDeclaredField("myRepaintTimeLine");
            f.setAccessible(true);
            return (Timeline) f.get(panel);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("terminal: no repaint timer found ({}); JediTermFX draws every frame of a flood itself",
                    e.toString());
            return null;
        }
    }
}
