package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.core.ArrayTerminalDataStream;
import com.techsenger.jeditermfx.core.TerminalDataStream;
import com.techsenger.jeditermfx.core.TtyConnector;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import java.io.IOException;

/**
 * What JediTermFX's emulator reads (in place of its {@code TtyBasedArrayDataStream}, 1 Ki chars): large reads, and
 * the text buffer's lock held while the emulator works through what was read, given up before every blocking read
 * and at least every {@link #HOLD_NANOS}. Without this the emulator takes and drops the lock for every run of
 * characters and every line feed, and the FX thread's repaint waits behind thousands of such turns (measured: 0.4 MB/s
 * and 5.5 s without a pulse, decision 0604). Emulator thread only, except {@link #release()}'s caller, which must be
 * that thread too.
 */
final class ChunkedDataStream extends ArrayTerminalDataStream {
    static final int CHARS = 32 * 1024;
    static final long HOLD_NANOS = 4_000_000;
    /** Characters read without a pause before the output counts as a flood. */
    static final int FLOOD_CHARS = 128 * 1024;
    /** A read that waited this long for input ends a flood. */
    static final long PAUSE_NANOS = 100_000_000;
    /** The longest the emulator gives up the CPU per turn while the window is behind, and its steps. */
    static final long MAX_YIELD_NANOS = 50_000_000;
    static final long YIELD_STEP_MILLIS = 2;

    private final TtyConnector tty;
    private final TerminalTextBuffer buffer;
    private final Runnable beforeBlockingRead;
    private final Flood flood;
    private long burst;
    private boolean flooding;
    private boolean held;
    private long heldSince;

    /**
     * @param beforeBlockingRead run when no input is ready, before the read that waits for it (JediTermFX tells its
     *     type-ahead manager there)
     */
    ChunkedDataStream(TtyConnector tty, TerminalTextBuffer buffer, Runnable beforeBlockingRead, Flood flood) {
        super(new char[CHARS], 0, 0);
        this.tty = tty;
        this.buffer = buffer;
        this.beforeBlockingRead = beforeBlockingRead;
        this.flood = flood;
    }

    /** Told (on the emulator's thread) when output starts pouring in, and when it pauses. */
    interface Flood {
        void flooding(boolean flood);

        /** During a flood: whether the window's pulses fall behind, so the emulator should give up the CPU a while. */
        default boolean behind() {
            return false;
        }
    }

    @Override
    public char getChar() throws IOException {
        turn();
        return super.getChar();
    }

    @Override
    public String readNonControlCharacters(int max) throws IOException {
        turn();
        return super.readNonControlCharacters(max);
    }

    /** Gives the lock up if this thread holds it for the stream; the emulator's thread calls it on its way out. */
    void release() {
        if (held) {
            held = false;
            buffer.unlock();
        }
    }

    /** Whether the emulator's thread holds the buffer's lock for this stream (for tests). */
    boolean holding() {
        return held;
    }

    private void turn() throws IOException {
        if (myLength == 0) {
            release();
            fill();
            acquire();
        } else if (!held) {
            acquire();
        } else if (System.nanoTime() - heldSince > HOLD_NANOS) {
            release(); // the lock is fair: a waiting repaint goes first
            if (flooding) {
                yieldToWindow();
            }
            acquire();
        }
    }

    /**
     * While the window's pulses are late, sleeps in short steps (at most {@link #MAX_YIELD_NANOS} a turn): on a busy
     * machine the emulator's thread otherwise takes the CPU the FX and render threads need, and the window stalls for
     * seconds. Through tmux (real attaches) a client that reads slower only gets fewer redraws (decision 0606).
     */
    private void yieldToWindow() throws IOException {
        long until = System.nanoTime() + MAX_YIELD_NANOS;
        while (flood.behind() && System.nanoTime() < until) {
            try {
                Thread.sleep(YIELD_STEP_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("terminal closed");
            }
        }
    }

    private void fill() throws IOException {
        myOffset = 0;
        if (!tty.ready()) {
            beforeBlockingRead.run();
        }
        long start = System.nanoTime();
        int n = tty.read(myBuf, 0, myBuf.length);
        if (n <= 0) {
            myLength = 0;
            endFlood(); // the output is complete: the terminal draws it as usual
            throw new TerminalDataStream.EOF();
        }
        myLength = n;
        if (System.nanoTime() - start > PAUSE_NANOS) {
            endFlood();
        }
        burst += n;
        if (!flooding && burst >= FLOOD_CHARS) {
            flooding = true;
            flood.flooding(true);
        }
    }

    private void endFlood() {
        burst = 0;
        if (flooding) {
            flooding = false;
            flood.flooding(false);
        }
    }

    private void acquire() {
        buffer.lock();
        held = true;
        heldSince = System.nanoTime();
    }
}
