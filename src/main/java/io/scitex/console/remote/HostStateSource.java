package io.scitex.console.remote;

/**
 * Optional capability of a {@link RemoteExecutor}: the connection state of each host and its changes. A decorator
 * around {@link SshHosts} should forward it so the status poller can follow reconnects.
 */
public interface HostStateSource {
    /** The host's current state. */
    HostState state(String host);

    void addListener(HostStateListener listener);

    void removeListener(HostStateListener listener);
}
