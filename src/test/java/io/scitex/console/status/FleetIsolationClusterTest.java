package io.scitex.console.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ConnectionState;
import io.scitex.console.remote.HostKeyPolicy;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.SshConfig;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.remote.SshOptions;
import io.scitex.console.testing.SecondCluster;
import io.scitex.console.testing.StallingListener;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One poller over the two local clusters (and a host that never answers): trouble on one host stays there. Its
 * agents read unknown (never stopped), it recovers by itself, and the other cluster's refreshes keep their pace.
 */
@Tag(TestCluster.TAG)
class FleetIsolationClusterTest {
    private static final String H1 = TestCluster.ALIAS;
    private static final String H2 = TestCluster.ALIAS2;
    private static final String STALL = "sac-stall";
    /** The idle poll interval of these tests; a refresh of the healthy cluster is never further apart than this
     * plus the slack of a loaded 2-core machine, whatever the other host does. */
    private static final Duration IDLE = Duration.ofSeconds(2);
    private static final Duration SLACK = Duration.ofMillis(2500);

    @TempDir
    Path tmp;

    @Test
    void secondClusterDownReadsUnknownWhileTheFirstKeepsItsPaceThenRecoversByItself() throws Exception {
        TestCluster.dir2();
        try (SshHosts hosts = hosts(TestCluster.sshConfig())) {
            ClusterFixture fx1 = new ClusterFixture(tmp.resolve("home"), hosts, H1);
            ClusterFixture fx2 = new ClusterFixture(tmp.resolve("home"), hosts, H2).withRemoteHome("/home/sacuser2");
            try {
                AgentSpec t1 = startOne(fx1, fx1, "iso-a-");
                AgentSpec t2 = startOne(fx2, fx1, "iso-b-");
                Watch w = new Watch();
                try (StatusPoller poller = fx1.poller(hosts, ClusterFixture.settings(1, (int) IDLE.toSeconds(), false),
                        null)) {
                    poller.addListener(w::seen);
                    poller.start();
                    w.await(s -> up(s, H1) && up(s, H2) && phase(s, t1) == AgentPhase.RUNNING
                            && phase(s, t2) == AgentPhase.RUNNING, "both tenants running");

                    Instant stopped = Instant.now();
                    SecondCluster.stopSshd();
                    try {
                        ClusterSnapshot down = w.await(s -> !up(s, H2), "the second cluster disconnected");
                        assertThat(Duration.between(stopped, Instant.now())).as("time to notice")
                                .isLessThan(IDLE.plus(SLACK));
                        assertThat(phase(down, t2)).isEqualTo(AgentPhase.UNKNOWN);
                        assertThat(phase(down, t1)).isEqualTo(AgentPhase.RUNNING);
                        Instant from = Instant.now();
                        Thread.sleep(12_000); // several refreshes of the first cluster, backoff rounds of the second
                        assertThat(w.snapshots.stream().filter(s -> s.hosts().containsKey(H2) && !up(s, H2)))
                                .allSatisfy(s -> assertThat(phase(s, t2)).isEqualTo(AgentPhase.UNKNOWN));
                        w.assertKeptPace(H1, from, Instant.now());
                    } finally {
                        SecondCluster.startSshd();
                    }
                    ClusterSnapshot back = w.await(s -> up(s, H2) && phase(s, t2) == AgentPhase.RUNNING,
                            "the second cluster back");
                    assertThat(phase(back, t1)).isEqualTo(AgentPhase.RUNNING);
                }
            } finally {
                fx1.cleanUp();
                fx2.cleanUp();
            }
        }
    }

    @Test
    void aHostThatAcceptsButNeverAnswersDoesNotSlowTheOthersRefresh() throws Exception {
        try (StallingListener stall = new StallingListener()) {
            Path cfg = tmp.resolve("ssh_config");
            Files.writeString(cfg, Files.readString(TestCluster.sshConfig()) + "\n" + stall.configBlock(STALL));
            try (SshHosts hosts = hosts(cfg)) {
                ClusterFixture fx1 = new ClusterFixture(tmp.resolve("home"), hosts, H1);
                try {
                    AgentSpec t1 = startOne(fx1, fx1, "stall-a-");
                    String res = "stall-r-" + fx1.rand;
                    fx1.save(new Lease(Lease.idFor(STALL, res), res, STALL, "4711", "node1", false,
                            "2026-01-01T00:00:00+00:00", "", Map.of(Lease.TMUX_SERVER, "sac")));
                    AgentSpec t3 = fx1.tenant("stall-t-" + fx1.rand, res);
                    fx1.agents.add(t3);
                    Watch w = new Watch();
                    try (StatusPoller poller = fx1.poller(hosts,
                            ClusterFixture.settings(1, (int) IDLE.toSeconds(), false), null)) {
                        poller.addListener(w::seen);
                        Instant from = Instant.now();
                        poller.start();
                        w.await(s -> up(s, H1) && phase(s, t1) == AgentPhase.RUNNING, "the healthy tenant running");
                        Thread.sleep(25_000);
                        w.assertKeptPace(H1, from, Instant.now());
                        assertThat(stall.accepted()).as("connections tried to the stalling host").isPositive();
                        assertThat(w.snapshots).allSatisfy(s -> assertThat(phase(s, t3))
                                .isIn(null, AgentPhase.UNKNOWN));
                        assertThat(w.snapshots.get(w.snapshots.size() - 1).hosts().get(STALL).connection())
                                .isNotEqualTo(ConnectionState.CONNECTED);
                    }
                } finally {
                    fx1.cleanUp();
                }
            }
        }
    }

    private static SshHosts hosts(Path config) {
        return new SshHosts(SshConfig.load(config), Prompter.none(), SshOptions.defaults()
                .withHostKeyPolicy(HostKeyPolicy.STRICT).withKeepAlive(Duration.ofSeconds(2)));
    }

    /** Books a reservation through {@code fx}, starts one tenant in it, lists the tenant in {@code console}. */
    private static AgentSpec startOne(ClusterFixture fx, ClusterFixture console, String prefix) {
        Lease lease = fx.book(prefix + fx.rand);
        AgentSpec t = fx.tenant(prefix + "t-" + fx.rand, lease.name());
        console.agents.add(t);
        fx.startTenants(lease, List.of(t));
        return t;
    }

    private static boolean up(ClusterSnapshot s, String host) {
        HostStatus h = s.hosts().get(host);
        return h != null && h.connection() == ConnectionState.CONNECTED;
    }

    private static AgentPhase phase(ClusterSnapshot s, AgentSpec a) {
        AgentStatus st = s.agents().get(a.name());
        return st == null ? null : st.phase();
    }

    /** Every snapshot the poller published, and when each host's good refreshes happened. */
    private static final class Watch {
        final List<ClusterSnapshot> snapshots = new CopyOnWriteArrayList<>();
        private final BlockingQueue<ClusterSnapshot> queue = new LinkedBlockingQueue<>();

        void seen(ClusterSnapshot s) {
            snapshots.add(s);
            queue.add(s);
        }

        ClusterSnapshot await(Predicate<ClusterSnapshot> until, String what) throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            ClusterSnapshot last = null;
            while (System.nanoTime() < end) {
                ClusterSnapshot s = queue.poll(1, TimeUnit.SECONDS);
                if (s != null) {
                    last = s;
                    if (until.test(s)) {
                        return s;
                    }
                }
            }
            throw new AssertionError(what + " not seen within 90 s; last snapshot: " + last);
        }

        /** The host's good refreshes between the two instants were never further apart than interval + slack. */
        void assertKeptPace(String host, Instant from, Instant to) {
            List<Instant> good = snapshots.stream().map(s -> s.hosts().get(host)).filter(h -> h != null)
                    .flatMap(h -> h.lastGoodRefresh().stream()).distinct().sorted().toList();
            Instant prev = null;
            Duration longest = Duration.ZERO;
            for (Instant t : good) {
                if (prev != null && !t.isBefore(from) && !t.isAfter(to)) {
                    Duration gap = Duration.between(prev, t);
                    longest = gap.compareTo(longest) > 0 ? gap : longest;
                }
                prev = t;
            }
            Duration tail = prev == null ? Duration.between(from, to) : Duration.between(prev, to);
            System.out.printf("%s: longest gap between good refreshes %d ms, %d ms since the last%n", host,
                    longest.toMillis(), tail.toMillis());
            assertThat(longest).as("longest gap between %s's refreshes", host).isLessThan(IDLE.plus(SLACK));
            assertThat(tail).as("time since %s's last refresh", host).isLessThan(IDLE.plus(SLACK));
        }
    }
}
