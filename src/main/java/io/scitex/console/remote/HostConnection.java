package io.scitex.console.remote;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import net.schmizz.sshj.SSHClient;
import net.schmizz.sshj.connection.channel.OpenFailException;
import net.schmizz.sshj.connection.channel.direct.Session;
import net.schmizz.sshj.userauth.UserAuthException;

/**
 * The one connection to one host: connects on first use, shares the link, limits concurrent channels, probes it,
 * and after a loss reconnects by itself with backoff 1, 2, 4 ... up to the maximum.
 */
final class HostConnection {
    private final String alias;
    private final SshConnector connector;
    private final SshOptions options;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService io;
    private final Consumer<HostState> events;
    private final Semaphore channels;
    private final AtomicReference<Link> link = new AtomicReference<>();
    private final Object lock = new Object();
    private volatile HostState state;
    private volatile boolean closed;
    private KeepAlive keepAlive;
    private ScheduledFuture<?> reconnect;
    private long backoffSeconds = 1;
    private boolean autoReconnect;

    HostConnection(String alias, SshConnector connector, SshOptions options, ScheduledExecutorService scheduler,
                   ExecutorService io, Consumer<HostState> events) {
        this.alias = alias;
        this.connector = connector;
        this.options = options;
        this.scheduler = scheduler;
        this.io = io;
        this.events = events;
        this.channels = new Semaphore(options.maxChannels(), true);
        this.state = HostState.of(alias, ConnectionState.DISCONNECTED, "not connected yet");
    }

    HostState state() {
        return state;
    }

    /** The live client, connecting now when there is none. */
    SSHClient client() throws RemoteException {
        Link l = link.get();
        if (l != null && l.alive()) {
            return l.client();
        }
        synchronized (lock) {
            l = link.get();
            if (l != null && l.alive()) {
                return l.client();
            }
            if (closed) {
                throw new RemoteException(alias, alias + ": the SSH layer was closed");
            }
            return connectNow().client();
        }
    }

    /**
     * A new session channel. sshd frees a session slot only once the remote process has ended, so a command that
     * timed out may hold one for a while after we let go: a refused open is retried until {@code deadlineNanos}.
     */
    Session openSession(long deadlineNanos) throws IOException, InterruptedException {
        long pause = 20;
        while (true) {
            try {
                return client().startSession();
            } catch (OpenFailException e) {
                boolean busy = e.getReason() != OpenFailException.Reason.UNKNOWN_CHANNEL_TYPE;
                if (!busy || System.nanoTime() + pause * 1_000_000 > deadlineNanos) {
                    throw new RemoteException(alias, alias + ": the server refused a new channel (" + e.getMessage()
                            + "); its MaxSessions may be lower than " + options.maxChannels()
                            + " or earlier commands still run", e);
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 500);
            }
        }
    }

    boolean acquireChannel(long timeoutMs) throws InterruptedException {
        return channels.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS);
    }

    void releaseChannel() {
        channels.release();
    }

    private Link connectNow() throws RemoteException {
        cancelReconnect();
        publish(ConnectionState.CONNECTING, "");
        Link l;
        try {
            l = connector.open(alias);
        } catch (RemoteException e) {
            publish(ConnectionState.DISCONNECTED, e.getMessage());
            if (e instanceof HostKeyRefusedException || e.getCause() instanceof UserAuthException) {
                autoReconnect = false; // retrying cannot help (or would prompt again and again): wait for the user
            } else if (autoReconnect) {
                scheduleReconnect();
            }
            throw e;
        }
        link.set(l);
        autoReconnect = true;
        backoffSeconds = 1;
        l.client().getTransport().setDisconnectListener((reason, message) ->
                lost(l, "disconnected (" + reason + (message == null || message.isEmpty() ? "" : ": " + message) + ")"));
        Duration interval = l.config().serverAliveInterval().isZero() ? options.keepAlive()
                : l.config().serverAliveInterval();
        keepAlive = new KeepAlive(scheduler, l, interval, this::lost);
        publish(ConnectionState.CONNECTED, "");
        if (!l.alive()) {
            lost(l, "connection closed right after login");
        }
        return l;
    }

    private void lost(Link l, String reason) {
        if (!link.compareAndSet(l, null)) {
            return;
        }
        synchronized (lock) {
            if (keepAlive != null) {
                keepAlive.stop();
            }
        }
        io.execute(l::close);
        publish(ConnectionState.DISCONNECTED, reason);
        synchronized (lock) {
            if (!closed && autoReconnect) {
                scheduleReconnect();
            }
        }
    }

    private void scheduleReconnect() {
        if (closed || reconnect != null) {
            return;
        }
        long delay = backoffSeconds;
        backoffSeconds = Math.min(backoffSeconds * 2, Math.max(1, options.maxBackoff().toSeconds()));
        reconnect = scheduler.schedule(this::reconnectAttempt, delay, TimeUnit.SECONDS);
    }

    private void reconnectAttempt() {
        synchronized (lock) {
            reconnect = null;
            Link l = link.get();
            if (closed || (l != null && l.alive())) {
                return;
            }
            try {
                connectNow();
            } catch (RemoteException e) {
                // connectNow published the failure and scheduled the next attempt
            }
        }
    }

    private void cancelReconnect() {
        if (reconnect != null) {
            reconnect.cancel(false);
            reconnect = null;
        }
    }

    private void publish(ConnectionState status, String reason) {
        HostState s = HostState.of(alias, status, reason);
        state = s;
        events.accept(s);
    }

    void close() {
        synchronized (lock) {
            closed = true;
            cancelReconnect();
            if (keepAlive != null) {
                keepAlive.stop();
            }
        }
        Link l = link.getAndSet(null);
        if (l != null) {
            l.close();
            publish(ConnectionState.DISCONNECTED, "closed");
        }
    }
}
