package io.scitex.console.status;

import io.scitex.console.remote.ConnectionState;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.HostKeyPolicy;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.SshConfig;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.remote.SshOptions;
import io.scitex.console.remote.TestSshd;
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
 * The console reaches the cluster through a private sshd that the test stops: the host turns disconnected and its
 * agents unknown (never stopped); when sshd is back the running poller recovers by itself.
 */
@Tag(TestCluster.TAG)
class PollerRecoveryClusterTest {
    private static final String ALIAS = "h";

    @TempDir
    Path tmp;

    @Test
    void sshdStoppedMakesTheHostDisconnectedAndItsAgentsUnknownThenThePollerRecovers() throws Exception {
        try (TestSshd sshd = TestSshd.start(tmp.resolve("sshd"), "LogLevel INFO");
                SshHosts cluster = TestCluster.hosts()) {
            Path cfg = sshd.clusterUserConfig(tmp, ALIAS);
            ClusterFixture fx = new ClusterFixture(tmp.resolve("home"), cluster, TestCluster.ALIAS, ALIAS);
            SshOptions options = SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.STRICT)
                    .withKeepAlive(Duration.ofSeconds(2));
            try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), Prompter.none(), options)) {
                String res = "rc-" + fx.rand;
                Lease lease = fx.book(res);
                AgentSpec tenant = fx.tenant("t-" + fx.rand, res);
                fx.agents.add(tenant);
                fx.startTenants(lease, List.of(tenant));

                BlockingQueue<ClusterSnapshot> snaps = new LinkedBlockingQueue<>();
                List<StatusEvent> events = new CopyOnWriteArrayList<>();
                try (StatusPoller poller = fx.poller(hosts, ClusterFixture.settings(1, 2, false), null)) {
                    poller.addListener(snaps::add);
                    poller.addEventListener(events::add);
                    poller.start();
                    awaitSnapshot(snaps, s -> connection(s) == ConnectionState.CONNECTED
                            && phase(s, tenant) == AgentPhase.RUNNING, "tenant running");

                    sshd.stop();
                    ClusterSnapshot down = awaitSnapshot(snaps, s -> connection(s) == ConnectionState.DISCONNECTED,
                            "host disconnected");
                    assertThat(phase(down, tenant)).isEqualTo(AgentPhase.UNKNOWN);
                    assertThat(down.agents().get(tenant.name()).detail()).isEqualTo("host unreachable");
                    assertThat(down.reservations().get(lease.id()).jobState()).isEqualTo(ReservationStatus.UNKNOWN);
                    assertThat(down.hosts().get(ALIAS).reason()).isNotEmpty();
                    assertThat(down.hosts().get(ALIAS).lastGoodRefresh()).isPresent();
                    Thread.sleep(8000); // a few backoff rounds while it is down

                    sshd.start();
                    ClusterSnapshot up = awaitSnapshot(snaps, s -> connection(s) == ConnectionState.CONNECTED,
                            "host back");
                    assertThat(phase(up, tenant)).isEqualTo(AgentPhase.RUNNING);
                    assertThat(up.hosts().get(ALIAS).lastGoodRefresh().orElseThrow())
                            .isAfter(down.hosts().get(ALIAS).lastGoodRefresh().orElseThrow());
                    Thread.sleep(3000);
                }
                assertThat(events).extracting(StatusEvent::type)
                        .containsExactly(Type.HOST_DISCONNECTED, Type.HOST_RECONNECTED);
            } finally {
                fx.cleanUp();
            }
        }
    }

    private static ConnectionState connection(ClusterSnapshot s) {
        HostStatus h = s.hosts().get(ALIAS);
        return h == null ? null : h.connection();
    }

    private static AgentPhase phase(ClusterSnapshot s, AgentSpec a) {
        AgentStatus st = s.agents().get(a.name());
        return st == null ? null : st.phase();
    }

    private static ClusterSnapshot awaitSnapshot(BlockingQueue<ClusterSnapshot> q, Predicate<ClusterSnapshot> until,
            String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        ClusterSnapshot last = null;
        while (System.nanoTime() < end) {
            ClusterSnapshot s = q.poll(1, TimeUnit.SECONDS);
            if (s != null) {
                last = s;
                if (until.test(s)) {
                    return s;
                }
            }
        }
        throw new AssertionError(what + " not seen within 90 s; last snapshot: " + last);
    }
}
