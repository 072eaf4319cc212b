package io.scitex.console.inventory;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.InvalidAgent;
import io.scitex.console.agent.Problem;
import io.scitex.console.lease.Lease;
import java.util.List;
import java.util.Optional;

/**
 * What the local files say: discovered agents (of every runtime), agents whose YAML has errors, reservations, and
 * every problem found.
 */
public record Inventory(List<AgentSpec> agents, List<InvalidAgent> invalid, List<Lease> leases,
        List<Problem> problems) {
    public Inventory {
        agents = List.copyOf(agents);
        invalid = List.copyOf(invalid);
        leases = List.copyOf(leases);
        problems = List.copyOf(problems);
    }

    /** With no invalid agents. */
    public Inventory(List<AgentSpec> agents, List<Lease> leases, List<Problem> problems) {
        this(agents, List.of(), leases, problems);
    }

    public Optional<InvalidAgent> invalidAgent(String name) {
        return invalid.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<AgentSpec> agent(String name) {
        return agents.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    public Optional<Lease> leaseNamed(String name) {
        return leases.stream().filter(l -> l.name().equals(name) || l.id().equals(name)).findFirst();
    }

    public long errorCount() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
