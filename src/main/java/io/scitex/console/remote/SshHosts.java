package io.scitex.console.remote;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import net.schmizz.sshj.DefaultConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's SSH layer: hosts named by ssh_config alias, one shared connection per host (commands, terminals),
 * host-key checking, prompting through a {@link Prompter}, keepalive and automatic reconnect.
 * Thread-safe; close it when the console exits.
 */
public final class SshHosts implements RemoteExecutor, HostStateSource, PtySource, AutoCloseable {
    /** Looked up when first used: starting the logging backend costs CLI verbs that read local files ~0.1 s (0900). */
    private static Logger log() {
        return LoggerFactory.getLogger(SshHosts.class);
    }

    private final SshConfig config;
    private final Prompter prompter;
    private final SshOptions options;
    private SshConnector connector;
    private final ExecRunner exec;
    private final Map<String, HostConnection> hosts = new ConcurrentHashMap<>();
    private final List<HostStateListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler;
    private final ExecutorService io;
    private final ExecutorService events;

    /** Hosts from {@code config}, asking {@code prompter} for passphrases, 2FA codes, passwords and new host keys. */
    public SshHosts(SshConfig config, Prompter prompter, SshOptions options) {
        this.config = config;
        this.prompter = prompter;
        this.options = options;
        ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(4, threads("sac-ssh-timer"));
        s.setRemoveOnCancelPolicy(true);
        this.scheduler = s;
        this.io = Executors.newCachedThreadPool(threads("sac-ssh-io"));
        this.events = Executors.newSingleThreadExecutor(threads("sac-ssh-events"));
        this.exec = new ExecRunner(io);
    }

    /** Hosts from {@code config} with {@link SshOptions#defaults()}. */
    public SshHosts(SshConfig config, Prompter prompter) {
        this(config, prompter, SshOptions.defaults());
    }

    /** Runs {@code command.toShellLine()} on the host's shared connection (connecting first if needed). */
    @Override
    public ExecResult run(String host, RemoteCommand command) throws RemoteException {
        return exec.run(connection(host), host, command);
    }

    /** Opens a terminal running {@code command} (null: the login shell) in a PTY of {@code cols} x {@code rows}. */
    @Override
    public RemotePty openPty(String host, RemoteCommand command, int cols, int rows) throws RemoteException {
        HostConnection conn = connection(host);
        try {
            if (!conn.acquireChannel(RemoteCommand.DEFAULT_TIMEOUT.toMillis())) {
                throw new RemoteException(host, host + ": no free channel for a terminal (all "
                        + options.maxChannels() + " in use)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException(host, host + ": opening a terminal was cancelled", e);
        }
        try {
            return SshPty.open(host, conn, command, cols, rows, io);
        } catch (RemoteException e) {
            conn.releaseChannel();
            throw e;
        } catch (IOException e) {
            conn.releaseChannel();
            throw new RemoteException(host, host + ": cannot open a terminal: " + SshConnector.describe(e), e);
        } catch (InterruptedException e) {
            conn.releaseChannel();
            Thread.currentThread().interrupt();
            throw new RemoteException(host, host + ": opening a terminal was cancelled", e);
        }
    }

    /** Opens a terminal running the argument list (each word quoted) as {@code bash -lc}. */
    public RemotePty openPty(String host, List<String> argv, int cols, int rows) throws RemoteException {
        return openPty(host, RemoteCommand.of(argv), cols, rows);
    }

    /** Connects now (for a warm start or a "connect" button); returns when logged in. */
    public void connect(String host) throws RemoteException {
        connection(host).client();
    }

    /** The host's current state (DISCONNECTED "not connected yet" before first use). */
    @Override
    public HostState state(String host) {
        return connection(host).state();
    }

    /** Registers a listener for CONNECTING / CONNECTED / DISCONNECTED(reason) of every host. */
    @Override
    public void addListener(HostStateListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(HostStateListener listener) {
        listeners.remove(listener);
    }

    /** Closes every connection and stops reconnecting. */
    @Override
    public void close() {
        for (HostConnection c : hosts.values()) { // a loop, not a method reference: loads no sshj class when empty
            c.close();
        }
        scheduler.shutdownNow();
        io.shutdown();
        events.shutdown();
    }

    private HostConnection connection(String host) {
        return hosts.computeIfAbsent(host, h -> new HostConnection(h, connector(), options, scheduler, io, this::fire));
    }

    /**
     * Built on first use: sshj's DefaultConfig loads BouncyCastle and the sshj classes (~500 classes), which commands
     * that read only local files never need (see docs/decisions/0900).
     */
    private synchronized SshConnector connector() {
        if (connector == null) {
            connector = Client.connector(config, prompter, options);
        }
        return connector;
    }

    /** Apart, so that verifying SshHosts loads no sshj class. */
    private static final class Client {
        static SshConnector connector(SshConfig config, Prompter prompter, SshOptions options) {
            DefaultConfig clientConfig = new ClientConfig();
            KeyCache keys = new KeyCache(clientConfig, prompter);
            return new SshConnector(config, clientConfig, new SshAuth(keys, prompter), prompter, options);
        }
    }

    private void fire(HostState state) {
        log().info("{}: {}{}", state.host(), state.status(), state.reason().isEmpty() ? "" : " (" + state.reason() + ")");
        events.execute(() -> listeners.forEach(l -> {
            try {
                l.changed(state);
            } catch (RuntimeException e) {
                log().warn("host state listener failed", e);
            }
        }));
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
