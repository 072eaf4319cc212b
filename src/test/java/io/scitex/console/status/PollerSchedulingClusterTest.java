package io.scitex.console.status;

import io.scitex.console.testing.CountingExecutor;
import io.scitex.console.remote.ConnectionState;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.remote.SshHosts;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running poller hammered with refresh requests from several threads: requests are coalesced, there is never
 * more than one squeue in flight for the host, listeners run on the poller thread, and nothing runs after close.
 */
@Tag(TestCluster.TAG)
class PollerSchedulingClusterTest {
    @TempDir
    Path home;

    @Test
    void refreshRequestsAreCoalescedAndNeverOverlapForAHost() throws Exception {
        try (SshHosts hosts = TestCluster.hosts()) {
            CountingExecutor counting = new CountingExecutor(hosts);
            ClusterFixture fx = new ClusterFixture(home, hosts, TestCluster.ALIAS);
            Set<String> listenerThreads = ConcurrentHashMap.newKeySet();
            StatusPoller poller = fx.poller(counting, ClusterFixture.settings(1, 1, false), null);
            poller.addListener(s -> listenerThreads.add(Thread.currentThread().getName()));
            poller.start();
            List<Thread> threads = new ArrayList<>();
            int requests = 0;
            for (int t = 0; t < 4; t++) {
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 50; i++) {
                        poller.refreshNow();
                        ClusterFixture.sleep(20);
                    }
                }));
                requests += 50;
            }
            threads.add(new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    assertThat(poller.refreshOnce().hosts().get(TestCluster.ALIAS).connection())
                            .isEqualTo(ConnectionState.CONNECTED);
                }
            }));
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            poller.close();
            int squeues = (int) counting.take().stream().filter(CountingExecutor.Call::isSqueue).count();
            ClusterFixture.sleep(2500);
            assertThat(counting.take()).as("commands after close").isEmpty();
            assertThat(counting.maxSqueueInFlight()).isEqualTo(1);
            assertThat(squeues).isGreaterThanOrEqualTo(5).isLessThan(requests / 2);
            assertThat(listenerThreads).isNotEmpty().allMatch(n -> n.startsWith("sac-status-"));
            System.out.printf("%d refresh requests from 4 threads + 5 blocking refreshes: %d squeue%n", requests,
                    squeues);
        }
    }
}
