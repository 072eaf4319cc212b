package io.scitex.console.remote;

import java.time.Instant;

/**
 * A change of a host's connection state.
 *
 * @param host the alias
 * @param status connecting, connected or disconnected
 * @param reason why it disconnected or failed to connect ("" otherwise)
 * @param at when the change happened
 */
public record HostState(String host, ConnectionState status, String reason, Instant at) {

    static HostState of(String host, ConnectionState status, String reason) {
        return new HostState(host, status, reason == null ? "" : reason, Instant.now());
    }
}
