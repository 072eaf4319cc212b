package io.scitex.console.cli;

import io.scitex.console.app.ConsoleContext;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The options every verb accepts: which ssh_config and known_hosts to use and the default host, each overriding
 * the console settings and the environment ({@code SAC_SSH_CONFIG}, {@code SAC_KNOWN_HOSTS}, {@code SCITEX_HPC_HOST}).
 */
public record GlobalOptions(Optional<Path> sshConfig, Optional<Path> knownHosts, Optional<String> host) {
    public static GlobalOptions none() {
        return new GlobalOptions(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The same options as the composition root takes them. */
    public ConsoleContext.Overrides overrides() {
        return ConsoleContext.Overrides.NONE.withSshConfig(sshConfig.orElse(null))
                .withKnownHosts(knownHosts.orElse(null)).withDefaultHost(host.orElse(null));
    }
}
