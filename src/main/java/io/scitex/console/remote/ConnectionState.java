package io.scitex.console.remote;

/** The connection state of one host (connecting, connected, disconnected), as the SSH layer reports it. */
public enum ConnectionState {
    CONNECTING, CONNECTED, DISCONNECTED
}
