package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import java.lang.reflect.Field;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a JediTermFX text buffer's lock fair. Its own is a non-fair {@code ReentrantLock} in a private field with no
 * way to pass another: under a flood of output the emulator thread drops and takes it again before the woken FX
 * thread runs, and a repaint (which holds the FX thread) waited up to 5.5 s. With a fair lock the repaint gets it at
 * the emulator's next turn ({@link ChunkedDataStream}). Decision 0604.
 */
final class FairBufferLock {
    private static final Logger LOG = LoggerFactory.getLogger(FairBufferLock.class);

    private FairBufferLock() {}

    /** Call before the emulator starts (no thread may hold the old lock); returns whether the lock is now fair. */
    static boolean install(TerminalTextBuffer buffer) {
        try {
            lockField().set(buffer, new ReentrantLock(true));
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another JediTermFX version: the terminal still works, a flood of output may stall repaints
            LOG.warn("terminal: could not make the text buffer's lock fair ({}); repaints may lag under heavy output",
                    e.toString());
            return false;
        }
    }

    /** Whether {@code buffer}'s lock is fair (for tests). */
    static boolean isFair(TerminalTextBuffer buffer) {
        try {
            return lockField().get(buffer) instanceof ReentrantLock r && r.isFair();
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    private static Field lockField() throws NoSuchFieldException {
        Field f = TerminalTextBuffer.class.getDeclaredField("myLock");
        f.setAccessible(true);
        return f;
    }
}
