package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One host as the poller last saw it.
 *
 * @param reason why it is disconnected, or why its scheduler could not be asked while connected; empty otherwise
 * @param lastGoodRefresh when a refresh last succeeded, empty if never
 * @param latency how long the host's last good refresh took (squeue and pane sweeps)
 */
public record HostStatus(String host, ConnectionState connection, String reason, Optional<Instant> lastGoodRefresh,
        Duration latency) {}
