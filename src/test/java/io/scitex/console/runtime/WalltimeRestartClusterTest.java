package io.scitex.console.runtime;

import static io.scitex.console.runtime.ClusterServices.HOST;
import static io.scitex.console.runtime.TenantServiceClusterTest.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persistent reservation booked for two minutes with the signal 60 s before the end resubmits itself; refresh
 * finds the successor and restartLost starts the tenants into it in one batch (about 70 s).
 */
@Tag(TestCluster.TAG)
class WalltimeRestartClusterTest {
    @TempDir
    Path home;

    @Test
    void tenantsFollowTheResubmittedReservation() throws Exception {
        String name = "tw-" + ClusterServices.rand();
        try (ClusterServices c = new ClusterServices(home)) {
            Lease first = c.book(BookRequest.of(name, HOST).withResources(1, "100M", "00:02:00").withTmuxServer("sac")
                    .withPersistent(true, 60));
            List<AgentSpec> tenants = List.of("w1", "w2").stream().map(n -> AgentSpecs.renamed(
                    AgentSpecs.inReservation(ClusterServices.sample("doc-builder"), name), n)).toList();
            assertThat(outcomes(c.agents.start(tenants, false))).containsOnly(ActionOutcome.STARTED);

            Lease next = c.await(() -> c.reservations.refresh(name), l -> !l.jobId().equals(first.jobId()),
                    Duration.ofSeconds(150), "the reservation's successor job");
            assertThat(Long.parseLong(next.jobId())).isGreaterThan(Long.parseLong(first.jobId()));
            assertThat(c.context.leases().find(name).orElseThrow().jobId()).as("saved").isEqualTo(next.jobId());
            c.await(() -> c.job(next.jobId()), j -> j.map(JobRef::isAllocated).orElse(false), Duration.ofSeconds(60),
                    "successor running");
            c.await(() -> c.sessions(next.jobId()), s -> s.contains("_root"), Duration.ofSeconds(20), "_root session");
            assertThat(c.sessions(next.jobId())).as("the tenants are not in the successor yet").containsExactly("_root");

            c.counting.reset();
            assertThat(outcomes(c.agents.restartLost(name, tenants))).containsOnly(ActionOutcome.STARTED);
            assertThat(c.counting.count()).as("one refresh, one batch").isEqualTo(2);
            assertThat(c.sessions(next.jobId())).containsExactly("_root", "sac-w1", "sac-w2");
            assertThat(outcomes(c.agents.restartLost(name, tenants))).containsOnly(ActionOutcome.ALREADY_RUNNING);
            List<String> pane = c.await(() -> c.agents.logs(tenants.get(0), 20), p -> p.contains("agent: w1"),
                    Duration.ofSeconds(20), "w1's banner in the successor");
            assertThat(pane).contains("claude stand-in ready");

            c.reservations.release(name);
            c.await(() -> c.gone(first.jobId()) && c.gone(next.jobId()), g -> g, Duration.ofSeconds(30), "both gone");
        }
    }
}
