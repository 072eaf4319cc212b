package io.scitex.console.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.status.StatusEvent.Type;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes made on the cluster behind the console's back show within two refreshes, as one event each: a job's
 * pending -> running -> gone, a session killed, a reservation resubmitted under the same name.
 */
@Tag(TestCluster.TAG)
class PollerTransitionsClusterTest {
    @TempDir
    Path home;

    @Test
    void slurmAgentPendingRunningSessionKilledJobGone() {
        try (SshHosts hosts = TestCluster.hosts()) {
            ClusterFixture fx = new ClusterFixture(home, hosts, TestCluster.ALIAS);
            List<StatusEvent> events = new CopyOnWriteArrayList<>();
            try (StatusPoller poller = fx.poller(hosts, ClusterFixture.settings(5, 15, false), null)) {
                poller.addEventListener(events::add);
                AgentSpec agent = fx.slurmAgent("sa-" + fx.rand);
                fx.agents.add(agent);
                assertThat(poller.refreshOnce().agents().get(agent.name()).phase()).isEqualTo(AgentPhase.STOPPED);

                String jobId = fx.submitAgent(agent, true);
                AgentStatus pending = within2(poller, agent.name(), a -> a.phase() == AgentPhase.PENDING);
                assertThat(pending.jobId()).isEqualTo(jobId);
                assertThat(pending.jobState()).isEqualTo("PENDING");
                assertThat(pending.detail()).contains("held by its owner");

                assertThat(fx.run(RemoteCommand.of("scontrol", "release", jobId)).exitStatus()).isZero();
                fx.awaitJob(jobId, j -> j.isPresent() && j.get().isAllocated());
                ClusterFixture.await(() -> fx.hasSession(jobId, agent.name()), b -> b, Duration.ofSeconds(30),
                        "session of " + agent.name());
                AgentStatus running = within2(poller, agent.name(), a -> a.phase() == AgentPhase.RUNNING);
                assertThat(running.sessionAlive()).isTrue();
                assertThat(running.node()).isNotEmpty();
                assertThat(running.elapsed()).isNotEmpty();
                ClusterFixture.await(poller::refreshOnce, s -> s.agents().get(agent.name()).paneTail().stream()
                        .anyMatch(l -> l.equals("agent: " + agent.name())), Duration.ofSeconds(30), "banner");

                fx.killSession(jobId, agent.name());
                AgentStatus exited = within2(poller, agent.name(), a -> a.phase() == AgentPhase.EXITED);
                assertThat(exited.jobState()).isEqualTo("RUNNING");
                assertThat(exited.paneTail()).contains("agent: " + agent.name());

                assertThat(fx.run(Sbatch.cancel(jobId)).exitStatus()).isZero();
                fx.awaitJob(jobId, j -> j.isEmpty() || !j.get().state().isActive());
                AgentStatus gone = within2(poller, agent.name(), a -> a.phase() == AgentPhase.STOPPED);
                assertThat(gone.detail()).contains("job " + jobId);
                poller.refreshOnce();
                poller.refreshOnce();

                assertThat(events).extracting(StatusEvent::type)
                        .containsExactly(Type.STARTED, Type.RUNNING, Type.SESSION_VANISHED, Type.JOB_ENDED);
                assertThat(events.get(3).jobId()).isEqualTo(jobId);
                assertThat(events.get(3).jobState()).isIn("CANCELLED", "");
            } finally {
                fx.cleanUp();
            }
        }
    }

    @Test
    void resubmittedReservationMovesTheLeaseLosesItsTenantsAndAsksForTheirRestart() throws Exception {
        try (SshHosts hosts = TestCluster.hosts()) {
            ClusterFixture fx = new ClusterFixture(home, hosts, TestCluster.ALIAS);
            List<StatusEvent> events = new CopyOnWriteArrayList<>();
            BlockingQueue<String> restarts = new LinkedBlockingQueue<>();
            try (StatusPoller poller = fx.poller(hosts, ClusterFixture.settings(5, 15, true), restarts::add)) {
                poller.addEventListener(events::add);
                String res = "rr-" + fx.rand;
                Lease first = fx.book(res);
                List<AgentSpec> tenants = List.of(fx.tenant("a-" + fx.rand, res), fx.tenant("b-" + fx.rand, res),
                        fx.tenant("idle-" + fx.rand, res));
                fx.agents.addAll(tenants);
                fx.startTenants(first, tenants.subList(0, 2));
                ClusterSnapshot before = poller.refreshOnce();
                assertThat(before.agents().get(tenants.get(0).name()).phase()).isEqualTo(AgentPhase.RUNNING);
                assertThat(before.agents().get(tenants.get(2).name()).phase()).isEqualTo(AgentPhase.STOPPED);

                Lease second = fx.book(res);
                fx.save(first);
                assertThat(fx.run(Sbatch.cancel(first.jobId())).exitStatus()).isZero();
                ClusterSnapshot after = poller.refreshOnce();
                if (after.reservations().get(first.id()).jobId().equals(first.jobId())) {
                    after = poller.refreshOnce();
                }
                assertThat(after.reservations().get(first.id()).jobId()).isEqualTo(second.jobId());
                assertThat(fx.leases.find(first.id()).orElseThrow().jobId()).isEqualTo(second.jobId());
                assertThat(after.agents().get(tenants.get(0).name()).phase()).isEqualTo(AgentPhase.LOST);
                assertThat(after.agents().get(tenants.get(1).name()).phase()).isEqualTo(AgentPhase.LOST);
                assertThat(after.agents().get(tenants.get(0).name()).detail()).contains("job " + second.jobId());
                assertThat(after.agents().get(tenants.get(2).name()).phase()).isEqualTo(AgentPhase.STOPPED);
                assertThat(restarts.poll(30, TimeUnit.SECONDS)).isEqualTo(res);

                fx.startTenants(second, tenants.subList(0, 2));
                ClusterSnapshot back = poller.refreshOnce();
                assertThat(back.agents().get(tenants.get(0).name()).phase()).isEqualTo(AgentPhase.RUNNING);
                assertThat(back.agents().get(tenants.get(0).name()).jobId()).isEqualTo(second.jobId());
                poller.refreshOnce();
                assertThat(events).filteredOn(e -> e.type() == Type.RESERVATION_RESUBMITTED).singleElement()
                        .satisfies(e -> {
                            assertThat(e.reservation()).isEqualTo(res);
                            assertThat(e.jobId()).isEqualTo(second.jobId());
                        });
                assertThat(events).filteredOn(e -> e.agent().equals(tenants.get(0).name()))
                        .extracting(StatusEvent::type).containsExactly(Type.RUNNING);
                assertThat(restarts).isEmpty();
            } finally {
                fx.cleanUp();
            }
        }
    }

    /** The agent's status once it matches, asserting that took at most two refreshes. */
    private static AgentStatus within2(StatusPoller poller, String agent, Predicate<AgentStatus> until) {
        AgentStatus a = poller.refreshOnce().agents().get(agent);
        if (!until.test(a)) {
            a = poller.refreshOnce().agents().get(agent);
        }
        assertThat(a).matches(until, "reached within two refreshes");
        return a;
    }
}
