package io.scitex.console.remote;

/** The connection state of one host. */
public enum HostStatus {
    CONNECTING, CONNECTED, DISCONNECTED
}
