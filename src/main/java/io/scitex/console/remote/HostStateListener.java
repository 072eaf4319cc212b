package io.scitex.console.remote;

/** Told of every host state change, in order, on one event thread of {@link SshHosts}; must not block. */
@FunctionalInterface
public interface HostStateListener {
    void changed(HostState state);
}
