package io.scitex.console.ui.terminal;

import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemotePty;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * A terminal channel that outlives its PTY: when the PTY ends without an exit status (the connection dropped) it
 * prints a notice into the terminal, keeps the scrollback, and re-opens the PTY (the shared connection reconnects)
 * until that works or the channel is closed. A PTY that ends with an exit status (detached, session ended) ends
 * the channel. Keys typed during an outage are dropped, never queued for the agent.
 */
final class ReconnectingChannel implements StreamTtyConnector.Channel {
    static final String LOST = "\r\n\u001b[0;33m[connection lost; re-attaching when the host is back]\u001b[0m\r\n";

    /** Told when the link is lost and back (on the reading thread). */
    interface Listener {
        void lost();

        void back();
    }

    private final Callable<RemotePty> reopen;
    private final Listener listener;
    private final Duration retry;
    /** How long a closed attach that is still starting may take to come up before it is closed anyway. */
    static final Duration SETTLE = Duration.ofSeconds(5);
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile RemotePty pty;
    private volatile boolean closed;
    /** Whether the current PTY has printed anything (its attach is up). */
    private volatile boolean up;
    private volatile int columns = -1;
    private volatile int rows = -1;
    private volatile Integer exitStatus;

    ReconnectingChannel(RemotePty first, Callable<RemotePty> reopen, Listener listener, Duration retry) {
        this.pty = first;
        this.reopen = reopen;
        this.listener = listener;
        this.retry = retry;
    }

    /** The PTY in use now (a dead one during an outage). */
    RemotePty current() {
        return pty;
    }

    private final InputStream output = new InputStream() {
        private byte[] pending = new byte[0];
        private int at;
        private boolean reattaching;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int available() throws IOException {
            return at < pending.length ? pending.length - at : reattaching ? 0 : pty.output().available();
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            while (true) {
                if (at < pending.length) {
                    int n = Math.min(len, pending.length - at);
                    System.arraycopy(pending, at, buf, off, n);
                    at += n;
                    return n;
                }
                if (reattaching) {
                    reattaching = false;
                    if (!reattach()) {
                        ended.countDown();
                        return -1;
                    }
                }
                RemotePty p = pty;
                int n;
                try {
                    n = p.output().read(buf, off, len);
                } catch (IOException e) {
                    n = -1;
                }
                if (n > 0) {
                    up = true;
                }
                if (n >= 0) {
                    return n;
                }
                if (!dropped(p)) {
                    ended.countDown();
                    return -1;
                }
                pending = LOST.getBytes(StandardCharsets.UTF_8); // shown first, then re-attached
                at = 0;
                reattaching = true;
                listener.lost();
            }
        }
    };

    /** True when {@code p} ended by a lost link (no exit status) rather than by its program ending. */
    private boolean dropped(RemotePty p) {
        if (closed) {
            return false;
        }
        try {
            exitStatus = p.waitFor(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return exitStatus == null && !closed;
    }

    /** Re-opens the PTY until it works; false when the channel was closed meanwhile. */
    private boolean reattach() {
        while (!closed) {
            try {
                Thread.sleep(retry.toMillis());
                if (closed) {
                    return false; // closed while waiting: no new attach
                }
                RemotePty next = reopen.call();
                boolean taken;
                synchronized (this) {
                    taken = !closed;
                    if (taken) {
                        up = false;
                        pty = next;
                    }
                }
                if (!taken) { // the tab closed while it opened: close it here, once it is up
                    settleThenClose(next, () -> {
                        try {
                            return next.output().available() > 0;
                        } catch (IOException e) {
                            return true; // going anyway
                        }
                    });
                    return false;
                }
                if (closed) {
                    return false; // closed after it was taken: close() closes it
                }
                if (columns > 0) {
                    next.resize(columns, rows);
                }
                listener.back();
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                // the host is still away: try again
            }
        }
        return false;
    }

    /**
     * Closes an attach once it is up (its first output: tmux's screen) or after {@link #SETTLE}. Closed while its
     * {@code srun} is still starting (SIGHUP, then the guard's TERM), the {@code srun} can end between creating its
     * step and launching it, and slurmctld keeps that step listed until the job ends: no {@code scancel} of the user
     * removes it (measured on the test cluster; decision 0605).
     */
    private static void settleThenClose(RemotePty p, java.util.function.BooleanSupplier isUp) {
        long end = System.nanoTime() + SETTLE.toNanos();
        try {
            while (p.isOpen() && !isUp.getAsBoolean() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            p.close();
        }
    }

    @Override
    public InputStream output() {
        return output;
    }

    private final OutputStream input = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            RemotePty p = pty;
            if (p.isOpen()) {
                p.input().write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            RemotePty p = pty;
            if (p.isOpen()) {
                p.input().flush();
            }
        }
    };

    @Override
    public OutputStream input() {
        return input;
    }

    @Override
    public void resize(int columns, int rows) throws IOException {
        this.columns = columns;
        this.rows = rows;
        RemotePty p = pty;
        if (p.isOpen()) {
            try {
                p.resize(columns, rows);
            } catch (RemoteException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    @Override
    public boolean isOpen() {
        return !closed && ended.getCount() > 0;
    }

    @Override
    public int waitFor() throws InterruptedException {
        ended.await();
        Integer rc = exitStatus;
        return rc == null ? -1 : rc;
    }

    /** Stops re-attaching (a tab being closed): the PTY's end, whatever it is, ends the channel. */
    void stopReconnecting() {
        closed = true;
    }

    /** Closes the channel; an attach not up yet is closed once it is (on a daemon thread, {@link #settleThenClose}). */
    @Override
    public synchronized void close() {
        closed = true;
        RemotePty p = pty;
        if (up || !p.isOpen()) {
            p.close();
        } else {
            Thread t = new Thread(() -> settleThenClose(p, () -> up), "sac-attach-settle");
            t.setDaemon(true);
            t.start();
        }
        ended.countDown();
    }
}
