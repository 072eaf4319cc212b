package io.scitex.console.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.schmizz.sshj.connection.channel.direct.Session;

/** A PTY channel (xterm-256color) running a command or the login shell; holds one channel permit while open. */
final class SshPty implements RemotePty {
    private final String host;
    private final Session session;
    private final Session.Shell shell;
    private final CountDownLatch ended = new CountDownLatch(1);
    private final AtomicBoolean released = new AtomicBoolean();
    private final HostConnection conn;

    private SshPty(String host, HostConnection conn, Session session, Session.Shell shell) {
        this.host = host;
        this.conn = conn;
        this.session = session;
        this.shell = shell;
    }

    /** Opens a PTY; {@code command} null means the login shell. The caller holds a channel permit for it. */
    static SshPty open(String host, HostConnection conn, RemoteCommand command, int cols, int rows,
                       ExecutorService io) throws IOException, InterruptedException {
        Session s = conn.openSession(System.nanoTime() + RemoteCommand.DEFAULT_TIMEOUT.toNanos());
        try {
            s.allocatePTY("xterm-256color", cols, rows, 0, 0, Map.of());
            Session.Shell shell = command == null ? s.startShell() : (Session.Shell) s.exec(command.toShellLine());
            SshPty pty = new SshPty(host, conn, s, shell);
            io.execute(pty::watch);
            return pty;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private void watch() {
        try {
            shell.join();
        } catch (IOException e) {
            // the connection died: the terminal has ended all the same
        } finally {
            ended.countDown();
            release();
        }
    }

    private void release() {
        if (released.compareAndSet(false, true)) {
            conn.releaseChannel();
        }
    }

    @Override
    public InputStream output() {
        return shell.getInputStream();
    }

    @Override
    public OutputStream input() {
        return shell.getOutputStream();
    }

    @Override
    public void resize(int cols, int rows) throws RemoteException {
        try {
            shell.changeWindowDimensions(cols, rows, 0, 0);
        } catch (IOException e) {
            throw new RemoteException(host, host + ": terminal resize failed: " + SshConnector.describe(e), e);
        }
    }

    @Override
    public boolean isOpen() {
        return ended.getCount() > 0 && shell.isOpen();
    }

    @Override
    public Integer waitFor(Duration timeout) throws InterruptedException {
        ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return exitStatus();
    }

    @Override
    public Integer exitStatus() {
        return session instanceof Session.Command c ? c.getExitStatus() : null;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (IOException e) {
            // already closed
        } finally {
            ended.countDown();
            release();
        }
    }
}
