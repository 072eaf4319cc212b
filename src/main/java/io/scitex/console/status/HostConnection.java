package io.scitex.console.status;

/** Connection state of one cluster host, as the SSH layer reports it. */
public enum HostConnection {
    CONNECTING,
    CONNECTED,
    DISCONNECTED
}
