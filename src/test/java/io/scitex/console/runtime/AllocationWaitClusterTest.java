package io.scitex.console.runtime;

import static io.scitex.console.runtime.ClusterServices.HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.lease.Lease;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.BookProgress;
import io.scitex.console.service.ServiceException;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for an allocation on a job the scheduler really holds back: progress, timeout, and an end before it. */
@Tag(TestCluster.TAG)
class AllocationWaitClusterTest {
    @TempDir
    Path home;

    @Test
    void reportsTheHeldJobKeepsTheLeaseOnTimeoutAndFailsWhenTheJobEnds() throws Exception {
        String name = "aw-" + ClusterServices.rand();
        try (ClusterServices c = new ClusterServices(home)) {
            c.cancelLater(name);
            String out = c.run(RemoteCommand.of("sbatch", "--hold", "-J", name, "--mem=10M", "--wrap", "sleep 300"))
                    .stdout();
            String jobId = Sbatch.submittedJobId(out).orElseThrow();
            Lease lease = new Lease(HOST + "-" + name, name, HOST, jobId, "", false, "2026-01-01T00:00:00+00:00", "",
                    Map.of());
            c.context.leases().save(lease);
            List<BookProgress> seen = new CopyOnWriteArrayList<>();
            AllocationWait wait = new AllocationWait(c.reservations, lease, seen::add);

            assertThat(wait.await(Duration.ofSeconds(2), Duration.ofMillis(500))).isEqualTo(lease);
            assertThat(seen).hasSizeGreaterThanOrEqualTo(2).allSatisfy(p -> {
                assertThat(p.jobId()).isEqualTo(jobId);
                assertThat(p.state()).isEqualTo("PENDING");
                assertThat(p.reason()).isEqualTo("held by its owner; release it with scontrol release");
                assertThat(p.expectedStart()).isEmpty();
            });
            assertThat(c.context.leases().fileFor(lease.id())).exists();

            CompletableFuture<Void> cancel = CompletableFuture.runAsync(() -> {
                try {
                    Thread.sleep(1500);
                    c.run(Sbatch.cancel(jobId));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThatThrownBy(() -> wait.await(Duration.ofSeconds(60), Duration.ofMillis(500)))
                    .isInstanceOf(ServiceException.class)
                    .hasMessage("job " + jobId + " ended in state CANCELLED before allocation");
            cancel.get();
            assertThat(c.context.leases().fileFor(lease.id())).doesNotExist();
        }
    }
}
