package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ConnectionState;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.Specs;
import io.scitex.console.status.AgentPhase;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.testing.ClusterClaude;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One console (one context, one SSH layer, one poller) over the two local clusters: a reservation booked on each,
 * a tenant started in each by one request, both listed with their own host, and each cluster's jobs only on it.
 */
@Tag(TestCluster.TAG)
class TwoClustersClusterTest {
    @TempDir
    Path home;

    @Test
    void agentsOnBothClustersAreStartedByOneRequestAndListedByOnePoller() throws Exception {
        TestCluster.dir2();
        String rand = ClusterServices.rand();
        String r1 = "fleet-a-" + rand;
        String r2 = "fleet-b-" + rand;
        try (ConsoleContext c = ConsoleContext.open(new ConsolePaths(home, Map.of()),
                ConsoleContext.Overrides.NONE.withSshConfig(TestCluster.sshConfig())
                        .withDefaultHost(TestCluster.ALIAS), Prompter.none())) {
            try {
                Lease l1 = c.reservations().book(request(r1, TestCluster.ALIAS), ClusterServices.ALLOCATION, p -> { });
                Lease l2 = c.reservations().book(request(r2, TestCluster.ALIAS2), ClusterServices.ALLOCATION, p -> { });
                // the second cluster is another SLURM: its own job ids, node and partition
                assertThat(Long.parseLong(l2.jobId())).isGreaterThanOrEqualTo(1_000_000L);
                assertThat(l2.node()).isEqualTo("vm2");
                assertThat(l1.node()).isNotEqualTo("vm2");
                assertThat(c.executor().run(TestCluster.ALIAS, RemoteCommand.of("squeue", "-h", "-o", "%i", "-j",
                        l2.jobId())).stdout()).doesNotContain(l2.jobId());

                AgentSpec t1 = ClusterClaude.echo(Specs.tenant("fa-" + rand, r1));
                AgentSpec t2 = ClusterClaude.echo(Specs.tenant("fb-" + rand, r2));
                c.watchAlso(List.of(t1, t2));
                List<ActionResult> started = c.agents().start(List.of(t1, t2), false);
                assertThat(started).extracting(ActionResult::outcome)
                        .containsExactly(ActionOutcome.STARTED, ActionOutcome.STARTED);

                ClusterSnapshot snap = c.statusPoller().refreshOnce();
                assertThat(snap.hosts()).containsKeys(TestCluster.ALIAS, TestCluster.ALIAS2);
                snap.hosts().values().forEach(h -> assertThat(h.connection()).isEqualTo(ConnectionState.CONNECTED));
                assertThat(snap.agents().get(t1.name()).phase()).isEqualTo(AgentPhase.RUNNING);
                assertThat(snap.agents().get(t2.name()).phase()).isEqualTo(AgentPhase.RUNNING);
                assertThat(snap.agents().get(t1.name()).host()).isEqualTo(TestCluster.ALIAS);
                assertThat(snap.agents().get(t2.name()).host()).isEqualTo(TestCluster.ALIAS2);
                // the tenant's session lives in the second cluster's job, not in any of the first's
                assertThat(c.executor().run(TestCluster.ALIAS2, RemoteCommand.of("srun", "--jobid=" + l2.jobId(),
                        "--overlap", "tmux", "-L", "sac", "list-sessions", "-F", "#{session_name}")).stdout())
                        .contains("sac-" + t2.name());
            } finally {
                c.executor().run(TestCluster.ALIAS, Sbatch.cancelByName(r1));
                c.executor().run(TestCluster.ALIAS2, Sbatch.cancelByName(r2));
            }
        }
    }

    private static BookRequest request(String name, String host) {
        return BookRequest.of(name, host).withResources(1, "100M", "00:10:00").withTmuxServer("sac")
                .withPersistent(false, 60);
    }

}
