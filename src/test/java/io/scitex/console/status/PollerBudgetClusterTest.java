package io.scitex.console.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.CountingExecutor;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 30 tenants in one reservation: each refresh costs one squeue and one srun, and unchanged panes send no text. */
@Tag(TestCluster.TAG)
class PollerBudgetClusterTest {
    private static final int TENANTS = 30;

    @TempDir
    Path home;

    @Test
    void thirtyTenantsCostOneSqueueAndOneSrunPerRefresh() {
        try (SshHosts hosts = TestCluster.hosts()) {
            CountingExecutor counting = new CountingExecutor(hosts);
            ClusterFixture fx = new ClusterFixture(home, hosts, TestCluster.ALIAS);
            try {
                String res = "sb-" + fx.rand;
                Lease lease = fx.book(res);
                List<AgentSpec> tenants = new ArrayList<>();
                for (int i = 0; i < TENANTS; i++) {
                    tenants.add(fx.tenant("t" + i + "-" + fx.rand, res));
                }
                fx.agents.addAll(tenants);
                fx.startTenants(lease, tenants);
                List<StatusEvent> events = new CopyOnWriteArrayList<>();
                try (StatusPoller poller = fx.poller(counting, ClusterFixture.settings(5, 15, false), null)) {
                    poller.addEventListener(events::add);
                    ClusterFixture.await(poller::refreshOnce, s -> s.agents().values().stream()
                            .allMatch(a -> a.phase() == AgentPhase.RUNNING && a.activity() == Activity.WAITING),
                            java.time.Duration.ofSeconds(60), "30 tenants at their prompt");
                    counting.take();

                    for (int round = 0; round < 3; round++) {
                        ClusterSnapshot snap = poller.refreshOnce();
                        List<CountingExecutor.Call> calls = counting.take();
                        assertThat(calls).filteredOn(CountingExecutor.Call::isSqueue).hasSize(1);
                        assertThat(calls.stream().mapToInt(CountingExecutor.Call::srunSteps).sum()).isEqualTo(1);
                        assertThat(calls).hasSize(2);
                        CountingExecutor.Call sweep = calls.stream().filter(c -> c.srunSteps() == 1).findFirst()
                                .orElseThrow();
                        assertThat(sweep.stdout()).doesNotContain("\tnew\t").doesNotContain("stand-in");
                        // per pane "same" and its hash; the host's sweep names each job first (0704)
                        int expected = tenants.stream().mapToInt(t -> ("SAC-PANE\t" + t.name() + "\tsame\t").length()
                                + 32 + 1).sum() + "SAC-END\n".length()
                                + ("SAC-JOB\t" + lease.jobId() + "\n").length();
                        assertThat(sweep.stdout().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                                .isLessThanOrEqualTo(expected);
                        assertThat(snap.reservations().get(lease.id()).tenants()).hasSize(TENANTS);
                        assertThat(snap.agents().values()).allSatisfy(a -> {
                            assertThat(a.phase()).isEqualTo(AgentPhase.RUNNING);
                            assertThat(a.paneTail()).anyMatch(l -> l.startsWith("agent: " + a.agent()));
                            assertThat(a.activity()).isEqualTo(Activity.WAITING);
                        });
                    }

                    String victim = tenants.get(7).name();
                    fx.killSession(lease.jobId(), victim);
                    AgentStatus seen = poller.refreshOnce().agents().get(victim);
                    if (seen.phase() != AgentPhase.EXITED) {
                        seen = poller.refreshOnce().agents().get(victim);
                    }
                    assertThat(seen.phase()).isEqualTo(AgentPhase.EXITED);
                    assertThat(seen.detail()).contains("vanished");
                    assertThat(seen.paneTail()).anyMatch(l -> l.startsWith("agent: " + victim));
                    poller.refreshOnce();
                    poller.refreshOnce();
                    assertThat(events).filteredOn(e -> e.agent().equals(victim)).extracting(StatusEvent::type)
                            .containsExactly(StatusEvent.Type.SESSION_VANISHED);
                    assertThat(events).filteredOn(e -> !e.agent().equals(victim)).isEmpty();
                }
            } finally {
                fx.cleanUp();
            }
        }
    }

    @Test
    void runtimeSlurmAgentsShareOneCommandPerHostAndUnchangedPanesSendNoText() {
        try (SshHosts hosts = TestCluster.hosts()) {
            CountingExecutor counting = new CountingExecutor(hosts);
            ClusterFixture fx = new ClusterFixture(home, hosts, TestCluster.ALIAS);
            try {
                List<AgentSpec> agents = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    AgentSpec a = fx.slurmAgent("j" + i + "-" + fx.rand);
                    agents.add(a);
                    fx.submitAgent(a, false);
                }
                fx.agents.addAll(agents);
                try (StatusPoller poller = fx.poller(counting, ClusterFixture.settings(5, 15, false), null)) {
                    ClusterFixture.await(poller::refreshOnce, s -> s.agents().values().stream()
                            .allMatch(a -> a.phase() == AgentPhase.RUNNING && a.activity() == Activity.WAITING),
                            java.time.Duration.ofSeconds(60), "3 agents at their prompt");
                    counting.take();
                    ClusterSnapshot snap = poller.refreshOnce();
                    List<CountingExecutor.Call> calls = counting.take();
                    assertThat(calls).hasSize(2);
                    assertThat(calls).filteredOn(CountingExecutor.Call::isSqueue).hasSize(1);
                    CountingExecutor.Call sweep = calls.stream().filter(c -> !c.isSqueue()).findFirst().orElseThrow();
                    assertThat(sweep.srunSteps()).isEqualTo(3);
                    assertThat(sweep.stdout()).doesNotContain("\tnew\t").doesNotContain("stand-in");
                    assertThat(snap.agents().values()).allSatisfy(a -> {
                        assertThat(a.paneTail()).contains("agent: " + a.agent());
                        assertThat(a.sessionAlive()).isTrue();
                    });
                }
            } finally {
                fx.cleanUp();
            }
        }
    }
}
