package io.scitex.console.remote;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Tunables of {@link SshHosts}.
 *
 * @param hostKeyPolicy the policy for unknown host keys, or null to follow each host's StrictHostKeyChecking
 * @param maxChannels concurrent channels per connection (OpenSSH's MaxSessions default is 10)
 * @param keepAlive probe interval for hosts whose ServerAliveInterval is 0; a dead link is noticed within it
 * @param connectTimeout TCP connect timeout for hosts without ConnectTimeout
 * @param maxBackoff the longest wait between reconnect attempts (1, 2, 4 ... up to this)
 * @param knownHosts the user known_hosts file for every host (like {@code ssh -o UserKnownHostsFile=}), or null to
 *     follow each host's UserKnownHostsFile
 */
public record SshOptions(HostKeyPolicy hostKeyPolicy, int maxChannels, Duration keepAlive, Duration connectTimeout,
                         Duration maxBackoff, Path knownHosts) {

    /** Follow ssh_config; 10 channels; 15 s keepalive; 15 s connect timeout; backoff up to 30 s. */
    public static SshOptions defaults() {
        return new SshOptions(null, 10, Duration.ofSeconds(15), Duration.ofSeconds(15), Duration.ofSeconds(30),
                null);
    }

    public SshOptions withHostKeyPolicy(HostKeyPolicy p) {
        return new SshOptions(p, maxChannels, keepAlive, connectTimeout, maxBackoff, knownHosts);
    }

    public SshOptions withMaxChannels(int n) {
        return new SshOptions(hostKeyPolicy, n, keepAlive, connectTimeout, maxBackoff, knownHosts);
    }

    public SshOptions withKeepAlive(Duration d) {
        return new SshOptions(hostKeyPolicy, maxChannels, d, connectTimeout, maxBackoff, knownHosts);
    }

    public SshOptions withKnownHosts(Path file) {
        return new SshOptions(hostKeyPolicy, maxChannels, keepAlive, connectTimeout, maxBackoff, file);
    }
}
