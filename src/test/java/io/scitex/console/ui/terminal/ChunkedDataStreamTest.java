package io.scitex.console.ui.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.techsenger.jeditermfx.core.TerminalDataStream;
import com.techsenger.jeditermfx.core.TtyConnector;
import com.techsenger.jeditermfx.core.model.StyleState;
import com.techsenger.jeditermfx.core.model.TerminalTextBuffer;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The emulator's input: the text buffer's lock is held while a chunk is worked through and never while waiting for
 * input or after the end, and a flood (the next chunk always already there, or tmux's redraws of a client that
 * falls behind) is announced and its end too; a TUI updating its screen is no flood.
 */
class ChunkedDataStreamTest {
    private final TerminalTextBuffer buffer = new TerminalTextBuffer(80, 24, new StyleState());
    private final PipedWriter remote = new PipedWriter();
    private final List<Boolean> floods = new CopyOnWriteArrayList<>();

    @Test
    void theLockIsFreeWhileWaitingForInputHeldWhileWorkingAndFreeAfterTheEnd() throws Exception {
        assertThat(FairBufferLock.install(buffer)).isTrue();
        assertThat(FairBufferLock.isFair(buffer)).isTrue();
        ChunkedDataStream stream = stream(new PipedReader(remote, 4096));
        var emulator = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Character> first = CompletableFuture.supplyAsync(() -> get(stream), emulator);
            // the emulator waits for the remote side: a repaint (another thread) can take the lock meanwhile
            assertThat(lockableFromAnotherThread()).isTrue();
            remote.write("ab");
            remote.flush();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo('a');
            assertThat(CompletableFuture.supplyAsync(stream::holding, emulator).get()).isTrue();
            assertThat(lockableFromAnotherThread()).isFalse();
            remote.close();
            assertThat(CompletableFuture.supplyAsync(() -> get(stream), emulator).get(10, TimeUnit.SECONDS))
                    .isEqualTo('b');
            CompletableFuture<Character> end = CompletableFuture.supplyAsync(() -> get(stream), emulator);
            assertThatThrownBy(() -> end.get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(TerminalDataStream.EOF.class);
            assertThat(lockableFromAnotherThread()).isTrue();
        } finally {
            emulator.shutdownNow();
        }
    }

    @Test
    void aFloodIsAnnouncedAndSoIsItsEnd() throws Exception {
        int total = ChunkedDataStream.FLOOD_CHARS + ChunkedDataStream.CHARS;
        ChunkedDataStream stream = stream(new PipedReader(remote, total + 1));
        remote.write("x".repeat(total));
        remote.flush();
        var emulator = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> readAll(stream, total), emulator);
            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(total);
            assertThat(floods).containsExactly(true);
            // the next read has to wait for the remote side: once it has, the flood is over
            CompletableFuture<String> more = CompletableFuture.supplyAsync(() -> readRun(stream), emulator);
            Thread.sleep(3 * ChunkedDataStream.PAUSE_NANOS / 1_000_000);
            assertThat(floods).containsExactly(true);
            remote.write("y");
            remote.close();
            assertThat(more.get(10, TimeUnit.SECONDS)).isEqualTo("y");
            assertThat(floods).containsExactly(true, false);
        } finally {
            emulator.shutdownNow();
        }
    }

    @Test
    void tmuxRedrawsWithPausesBetweenThemAreOneFloodAndAScreenUpdatingTuiIsNone() throws Exception {
        // a redraw of 40 KB (under FLOOD_CHARS) comes at once: the rate makes it a flood
        int redraw = 40 * 1024;
        ChunkedDataStream stream = stream(new PipedReader(remote, 4 * redraw));
        var emulator = Executors.newSingleThreadExecutor();
        try {
            remote.write("x".repeat(redraw));
            remote.flush();
            assertThat(CompletableFuture.supplyAsync(() -> readAll(stream, redraw), emulator).get(10, TimeUnit.SECONDS))
                    .isEqualTo(redraw);
            assertThat(floods).containsExactly(true);
            // tmux checks a slow client every 100 ms: a pause of 150 ms before the next redraw does not end it
            CompletableFuture<Integer> next = CompletableFuture.supplyAsync(() -> readAll(stream, redraw), emulator);
            Thread.sleep(150);
            remote.write("x".repeat(redraw));
            remote.flush();
            assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo(redraw);
            assertThat(floods).as("one flood across the pause").containsExactly(true);
        } finally {
            emulator.shutdownNow();
        }
    }

    @Test
    void aScreenUpdatingTuiIsNoFlood() throws Exception {
        // Claude Code's screen: a few KB now and then; 2 KB every 50 ms is 40 KB/s, a quarter of the flood rate
        int update = 2 * 1024;
        int updates = 20;
        ChunkedDataStream stream = stream(new PipedReader(remote, update * updates + 1));
        var emulator = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> readAll(stream, update * updates),
                    emulator);
            for (int i = 0; i < updates; i++) {
                remote.write("y".repeat(update));
                remote.flush();
                Thread.sleep(50);
            }
            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(update * updates);
            assertThat(floods).as("no flood").isEmpty();
        } finally {
            emulator.shutdownNow();
        }
    }

    @Test
    void theEndOfTheOutputEndsAFloodSoTheTerminalDrawsTheLastScreen() throws Exception {
        int total = ChunkedDataStream.FLOOD_CHARS + ChunkedDataStream.CHARS;
        ChunkedDataStream stream = stream(new PipedReader(remote, total + 1));
        remote.write("x".repeat(total));
        remote.close(); // all of it already there: no read ever waits, only the end comes
        var emulator = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> readAll(stream, total), emulator);
            assertThat(read.get(10, TimeUnit.SECONDS)).isEqualTo(total);
            assertThat(floods).containsExactly(true);
            CompletableFuture<String> end = CompletableFuture.supplyAsync(() -> readRun(stream), emulator);
            assertThatThrownBy(() -> end.get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(TerminalDataStream.EOF.class);
            assertThat(floods).containsExactly(true, false);
        } finally {
            emulator.shutdownNow();
        }
    }

    private ChunkedDataStream stream(PipedReader local) {
        return new ChunkedDataStream(new Connector(local), buffer, () -> { }, floods::add);
    }

    private boolean lockableFromAnotherThread() throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            if (buffer.tryLock()) {
                buffer.unlock();
                return true;
            }
            return false;
        }).get(10, TimeUnit.SECONDS);
    }

    private static char get(ChunkedDataStream stream) {
        try {
            return stream.getChar();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads runs until {@code total} chars came (on the emulator's thread, as the terminal does). */
    private static int readAll(ChunkedDataStream stream, int total) {
        int n = 0;
        while (n < total) {
            n += readRun(stream).length();
        }
        return n;
    }

    private static String readRun(ChunkedDataStream stream) {
        try {
            return stream.readNonControlCharacters(Integer.MAX_VALUE);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A connector over a pipe: the remote side writes, the emulator reads. */
    private record Connector(PipedReader in) implements TtyConnector {
        @Override
        public int read(char[] buf, int offset, int length) throws IOException {
            return in.read(buf, offset, length);
        }

        @Override
        public void write(byte[] bytes) { }

        @Override
        public void write(String text) { }

        @Override
        public boolean isConnected() {
            return true;
        }

        @Override
        public int waitFor() {
            return 0;
        }

        @Override
        public boolean ready() throws IOException {
            return in.ready();
        }

        @Override
        public String getName() {
            return "pipe";
        }

        @Override
        public void close() { }
    }
}
