package io.scitex.console.ui.terminal;

import com.techsenger.jeditermfx.core.TtyConnector;
import com.techsenger.jeditermfx.core.util.TermSize;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A JediTermFX connector over a remote PTY's streams. Large pastes go out in 1 KiB chunks with short gaps (tmux can
 * hang on more than ~4 KB at once), and sizes below a usable minimum are dropped so a hidden tab never shrinks the
 * agent's session for everybody attached.
 */
public final class StreamTtyConnector implements TtyConnector {
    static final int CHUNK = 1024;
    static final int MIN_COLUMNS = 20;
    static final int MIN_ROWS = 5;

    /** What the connector needs from the remote side. */
    public interface Channel {
        InputStream output();

        OutputStream input();

        void resize(int columns, int rows) throws IOException;

        boolean isOpen();

        /** Blocks until the remote command ends; returns its exit status (or -1 when unknown). */
        int waitFor() throws InterruptedException;

        void close();
    }

    private final Channel channel;
    private final Reader reader;
    private final String name;
    private final long chunkPauseMillis;

    public StreamTtyConnector(Channel channel, String name) {
        this(channel, name, 5);
    }

    StreamTtyConnector(Channel channel, String name, long chunkPauseMillis) {
        this.channel = channel;
        this.reader = new InputStreamReader(channel.output(), StandardCharsets.UTF_8);
        this.name = name;
        this.chunkPauseMillis = chunkPauseMillis;
    }

    @Override
    public int read(char[] buf, int offset, int length) throws IOException {
        return reader.read(buf, offset, length);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        OutputStream out = channel.input();
        for (int from = 0; from < bytes.length; from += CHUNK) {
            out.write(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + CHUNK)));
            out.flush();
            if (from + CHUNK < bytes.length) {
                pause();
            }
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void resize(TermSize size) {
        if (size.getColumns() < MIN_COLUMNS || size.getRows() < MIN_ROWS) {
            return;
        }
        try {
            channel.resize(size.getColumns(), size.getRows());
        } catch (IOException e) {
            // the channel is closing; the widget learns it from read()
        }
    }

    @Override
    public boolean isConnected() {
        return channel.isOpen();
    }

    @Override
    public int waitFor() throws InterruptedException {
        return channel.waitFor();
    }

    @Override
    public boolean ready() throws IOException {
        return reader.ready();
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void close() {
        channel.close();
    }

    private void pause() throws IOException {
        try {
            Thread.sleep(chunkPauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("paste interrupted", e);
        }
    }
}
