package io.scitex.console.bench;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.HostState;
import io.scitex.console.remote.HostStateListener;
import io.scitex.console.remote.HostStateSource;
import io.scitex.console.remote.PtySource;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.testing.CountingExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real SSH layer with every command counted ({@link CountingExecutor}) and the long-lived terminals it opens
 * counted too; a poller over it follows the hooks' event files as over {@link SshHosts} (it is a {@link PtySource}).
 */
final class CountedSsh implements RemoteExecutor, HostStateSource, PtySource {
    final CountingExecutor commands;
    final AtomicInteger ptys = new AtomicInteger();
    private final SshHosts hosts;

    CountedSsh(SshHosts hosts) {
        this.hosts = hosts;
        this.commands = new CountingExecutor(hosts);
    }

    @Override
    public ExecResult run(String host, RemoteCommand command) throws RemoteException {
        return commands.run(host, command);
    }

    @Override
    public RemotePty openPty(String host, RemoteCommand command, int cols, int rows) throws RemoteException {
        ptys.incrementAndGet();
        return hosts.openPty(host, command, cols, rows);
    }

    @Override
    public HostState state(String host) {
        return hosts.state(host);
    }

    @Override
    public void addListener(HostStateListener listener) {
        hosts.addListener(listener);
    }

    @Override
    public void removeListener(HostStateListener listener) {
        hosts.removeListener(listener);
    }
}
