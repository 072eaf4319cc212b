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
    /**
     * Or this many within {@link #RATE_WINDOW_NANOS}, pauses or not (160 KB/s): tmux feeds a client that falls
     * behind whole-screen redraws with pauses of ~100 ms between them, each a full repaint for JediTermFX (0606, 0607).
     * Claude Code's screen updates are a few KB a second.
     */
    static final int RATE_CHARS = 32 * 1024;
    static final long RATE_WINDOW_NANOS = 200_000_000;
    /** A read that waited this long for input ends a flood (so does the window, after as long without input). */
    static final long PAUSE_NANOS = 300_000_000;
    /** The longest the emulator gives up the CPU per turn while the window is behind, and its steps. */
    static final long MAX_YIELD_NANOS = 50_000_000;
    static final long YIELD_STEP_MILLIS = 2;

    private final TtyConnector tty;
    private final TerminalTextBuffer buffer;
    private final Runnable beforeBlockingRead;
    private final Flood flood;
    private long burst;
    private long windowStart = System.nanoTime();
    private int windowChars;
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

        /** Input came (a read returned); the window ends a flood after {@link #PAUSE_NANOS} without any. */
        default void input() {}

        /** Whether the window ended the flood since the last call (output paused while no read returned). */
        default boolean endedByWindow() {
            return false;
        }

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
        long now = System.nanoTime();
        flood.input();
        if (flooding && flood.endedByWindow()) {
            flooding = false; // the window ended it while this read waited
            burst = 0;
        }
        if (now - start > PAUSE_NANOS) {
            endFlood();
        }
        if (now - windowStart > RATE_WINDOW_NANOS) {
            windowStart = now;
            windowChars = 0;
        }
        burst += n;
        windowChars += n;
        if (!flooding && (burst >= FLOOD_CHARS || windowChars >= RATE_CHARS)) {
            flooding = true;
            flood.flooding(true);
        }
    }

    private void endFlood() {
        burst = 0;
        windowChars = 0;
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
