package io.scitex.console.status;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.Lease;
import io.scitex.console.runtime.SlurmJobState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What one refresh looks at, from the local files: the hosts to ask, the leases, the tenants and the
 * {@code runtime: slurm} agents with their recorded jobs.
 *
 * @param hosts the default host, every lease's host and every recorded job's host, sorted
 */
record Targets(Inventory inventory, List<String> hosts, List<Lease> leases, List<AgentSpec> tenants,
        List<SlurmAgent> slurmAgents) {

    /**
     * A {@code runtime: slurm} agent.
     *
     * @param state its recorded job, empty when it has none (stopped)
     * @param host where its job runs: the recorded host, else its last {@code spec.remote} hop, else the default
     */
    record SlurmAgent(AgentSpec spec, Optional<SlurmJobState> state, String host) {}

    static Targets of(Inventory inventory, Map<String, SlurmJobState> states, String defaultHost) {
        TreeSet<String> hosts = new TreeSet<>();
        if (!defaultHost.isEmpty()) {
            hosts.add(defaultHost);
        }
        inventory.leases().forEach(l -> hosts.add(l.host()));
        List<AgentSpec> tenants = new ArrayList<>();
        List<SlurmAgent> slurm = new ArrayList<>();
        for (AgentSpec a : inventory.agents()) {
            if (a.runtime() == AgentRuntime.SLURM_TENANT) {
                tenants.add(a);
            } else if (a.runtime() == AgentRuntime.SLURM) {
                Optional<SlurmJobState> st = Optional.ofNullable(states.get(a.name()));
                String host = st.map(SlurmJobState::host).filter(h -> !h.isEmpty())
                        .orElse(a.remote().isEmpty() ? defaultHost : a.remote().get(a.remote().size() - 1));
                st.filter(s -> !host.isEmpty()).ifPresent(s -> hosts.add(host));
                slurm.add(new SlurmAgent(a, st, host));
            }
        }
        hosts.remove("");
        return new Targets(inventory, List.copyOf(hosts), inventory.leases(), tenants, slurm);
    }

    List<Lease> leasesOn(String host) {
        return leases.stream().filter(l -> l.host().equals(host)).toList();
    }

    List<SlurmAgent> jobsOn(String host) {
        return slurmAgents.stream().filter(a -> a.state().isPresent() && a.host().equals(host)).toList();
    }
}
