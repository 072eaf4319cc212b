package io.scitex.console.remote;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to reach one host alias, resolved from ssh_config with OpenSSH's rules (first value wins, tokens expanded).
 *
 * @param alias the name the caller used (OpenSSH's %n)
 * @param hostName the real host name or address
 * @param port the TCP port
 * @param user the remote user
 * @param identityFiles key files to try, in order (OpenSSH's defaults when none is configured; may not exist)
 * @param identitiesOnly true when only the configured files may be used (no agent keys)
 * @param proxyJump the hops to pass through, first hop first (empty for a direct connection)
 * @param proxyCommand a ProxyCommand, or null (not supported for connecting; reported as an error)
 * @param connectTimeout the TCP connect timeout, or null for the system default
 * @param serverAliveInterval how often to probe the server (zero = off)
 * @param serverAliveCountMax missed probes OpenSSH tolerates (kept for display; the console probes once per interval)
 * @param userKnownHostsFiles known_hosts files the user owns; accepted keys go to the first
 * @param globalKnownHostsFiles read-only system known_hosts files
 * @param strictHostKeyChecking OpenSSH's value as {@code ssh -G} prints it: true, false, ask, accept-new
 * @param identityAgent the agent socket: null for $SSH_AUTH_SOCK, "none" for no agent, else a path
 */
public record HostConfig(String alias, String hostName, int port, String user, List<Path> identityFiles,
                         boolean identitiesOnly, List<JumpHost> proxyJump, String proxyCommand,
                         Duration connectTimeout, Duration serverAliveInterval, int serverAliveCountMax,
                         List<Path> userKnownHostsFiles, List<Path> globalKnownHostsFiles,
                         String strictHostKeyChecking, String identityAgent) {

    public HostConfig {
        identityFiles = List.copyOf(identityFiles);
        proxyJump = List.copyOf(proxyJump);
        userKnownHostsFiles = List.copyOf(userKnownHostsFiles);
        globalKnownHostsFiles = List.copyOf(globalKnownHostsFiles);
    }

}
