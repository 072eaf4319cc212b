package io.scitex.console.remote;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/** A terminal on a host: a PTY channel of the host's shared connection. */
public interface RemotePty extends AutoCloseable {

    /** What the remote terminal prints (stdout and stderr merged by the PTY). */
    InputStream output();

    /** Keystrokes to the remote terminal. */
    OutputStream input();

    /** Tells the remote side the terminal's new size (window-change). */
    void resize(int cols, int rows) throws RemoteException;

    /** True until the remote program ends or the channel is closed. */
    boolean isOpen();

    /** Waits until the remote program ends; returns its exit status, or null when it ended without one. */
    Integer waitFor(Duration timeout) throws InterruptedException;

    /** Waits without limit until the remote program ends; returns its exit status, or null. */
    default Integer waitFor() throws InterruptedException {
        return waitFor(Duration.ofMillis(Long.MAX_VALUE));
    }

    /** The exit status once ended, else null. */
    Integer exitStatus();

    /** Closes the channel (the remote program gets SIGHUP); idempotent. */
    @Override
    void close();
}
