package io.scitex.console.runtime;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.HostChain;
import io.scitex.console.service.ServiceException;
import java.util.function.Supplier;

/**
 * Where a {@code runtime: slurm} agent is submitted (contract §1): the last entry of {@code spec.remote}, reached
 * through the earlier entries as ProxyJump hops ({@link HostChain}), else the console's default host. Tenants run on
 * their lease's host instead.
 */
public final class AgentHosts {
    private final Supplier<String> defaultHost;

    /** @param defaultHost the console's default host ({@code --host}, SCITEX_HPC_HOST, settings); "" when unset */
    public AgentHosts(Supplier<String> defaultHost) {
        this.defaultHost = defaultHost;
    }

    /** The host name to give the SSH layer for this agent's jobs; never a guess. */
    public String submissionHost(AgentSpec spec) throws ServiceException {
        if (!spec.remote().isEmpty()) {
            try {
                return HostChain.of(spec.remote());
            } catch (IllegalArgumentException e) {
                throw new ServiceException("agent '" + spec.name() + "': spec.remote in " + spec.file() + ": "
                        + e.getMessage());
            }
        }
        String host = defaultHost.get();
        if (host == null || host.isBlank()) {
            throw new ServiceException("agent '" + spec.name() + "' has no host: set spec.remote in " + spec.file()
                    + ", or a default host (--host, SCITEX_HPC_HOST, or default_host in the console settings)");
        }
        return host.strip();
    }
}
