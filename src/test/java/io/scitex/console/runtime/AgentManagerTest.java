package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.service.ActionResult;
import io.scitex.console.slurm.Specs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requests the manager answers from local files alone: no remote command may run. */
class AgentManagerTest {
    private static final RemoteExecutor NO_REMOTE = (host, command) -> {
        throw new AssertionError("no remote command expected, got " + command.script() + " on " + host);
    };

    @TempDir
    Path dir;

    private AgentManager manager(String defaultHost) {
        ReservationManager reservations = new ReservationManager(NO_REMOTE, new LeaseStore(dir.resolve("leases")));
        return new AgentManager(NO_REMOTE, reservations, new RuntimeStateStore(dir.resolve("state")),
                new AgentHosts(() -> defaultHost));
    }

    @Test
    void refusalsComeOnePerAgentInTheOrderGiven() {
        AgentSpec aider = Specs.agent("notes", AgentRuntime.AIDER, SlurmSpec.DEFAULTS, ClaudeSpec.DEFAULTS, Map.of(),
                "~/w");
        AgentSpec solo = Specs.slurmAgent("solo");
        AgentSpec noField = Specs.tenant("t1", "");
        AgentSpec noLease = Specs.tenant("t2", "pool");
        List<ActionResult> r = manager("").start(List.of(aider, solo, noField, noLease, solo), false);
        assertThat(r).containsExactly(
                ActionResult.failed("notes", "agent 'notes' has runtime aider: not a SLURM agent; the console runs"
                        + " only slurm and slurm-tenant agents"),
                ActionResult.failed("solo", "agent 'solo' has no host: set spec.remote in /agents/solo/solo.yaml, or"
                        + " a default host (--host, SCITEX_HPC_HOST, or default_host in the console settings)"),
                ActionResult.failed("t1", TenantLeases.NEEDS_RESERVATION),
                ActionResult.failed("t2", "reservation 'pool' not found. Book one first: scitex-hpc reservations"
                        + " book pool --host <h> ..."),
                ActionResult.failed("solo", "agent 'solo' is listed twice"));
    }

    @Test
    void aSlurmAgentWithoutAJobHasNoLogsNorAttach() {
        AgentManager m = manager("somewhere");
        AgentSpec solo = Specs.slurmAgent("solo");
        assertThatThrownBy(() -> m.logs(solo, 10)).hasMessageStartingWith("agent 'solo' has no job recorded (no ")
                .hasMessageEndingWith("state/solo.json); start it first");
        assertThatThrownBy(() -> m.attachTarget(solo)).hasMessageStartingWith("agent 'solo' has no job recorded");
        assertThatThrownBy(() -> m.restartLost("pool", List.of(Specs.tenant("t", "pool"))))
                .hasMessageStartingWith("reservation 'pool' not found.");
    }
}
