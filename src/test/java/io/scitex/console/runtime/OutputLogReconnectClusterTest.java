package io.scitex.console.runtime;

import static io.scitex.console.runtime.ClusterServices.HOST;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.HostKeyPolicy;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.SshConfig;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.remote.SshOptions;
import io.scitex.console.remote.TestSshd;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.LogTarget;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.testing.BurstClaude;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output log's stream goes through a private sshd that the test stops in the middle of 10,000 lines printed over
 * about five seconds and starts again three seconds later: the tail resumes from its last byte and gets every line
 * once, in order.
 */
@Tag(TestCluster.TAG)
class OutputLogReconnectClusterTest {
    private static final String ALIAS = "h";

    @TempDir
    Path tmp;

    @Test
    void sshdRestartedMidBurstLosesNothingAndRepeatsNothing() throws Exception {
        String rand = ClusterServices.rand();
        try (TestSshd sshd = TestSshd.start(tmp.resolve("sshd"));
                ClusterServices c = new ClusterServices(tmp.resolve("home"))) {
            Path cfg = sshd.clusterUserConfig(tmp, ALIAS);
            SshOptions options = SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.STRICT)
                    .withKeepAlive(Duration.ofSeconds(2));
            Lease pool = c.book("lr-" + rand, false);
            BurstClaude claude = BurstClaude.install(c.context.executor(), HOST, "r" + rand);
            String name = "lr-" + rand;
            AgentSpec a = AgentSpecs.withEnv(AgentSpecs.renamed(AgentSpecs.inReservation(
                    ClusterServices.sample("dev-helper"), pool.name()), name), "PATH", claude.path());
            try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), Prompter.none(), options);
                    LogStreams streams = new LogStreams(hosts)) {
                List<ActionResult> started = c.agents.start(List.of(a), false);
                assertThat(started).as(started.toString()).extracting(ActionResult::outcome)
                        .containsExactly(ActionOutcome.STARTED);
                assertThat(c.agents.outputLog(a).sources()).extracting(LogTarget.Source::path)
                        .containsExactly(OutputLog.path(name));
                // the private sshd gives its own HOME: the log by its absolute path in the cluster user's home
                LogTarget target = new LogTarget(name, ALIAS, List.of(new LogTarget.Source(claude.home() + "/"
                        + OutputLog.path(name), "")));
                List<String> got = new CopyOnWriteArrayList<>();
                streams.open(target, LogStreams.From.ALL, got::addAll);
                c.await(() -> List.copyOf(got), g -> g.contains("red plain"), Duration.ofSeconds(30), "the banner");

                claude.burst(1, 10_000, "0.05");
                long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (BurstClaude.numbers(got).isEmpty() && System.nanoTime() < end) {
                    Thread.sleep(5);
                }
                sshd.stop();
                int before = BurstClaude.numbers(got).size();
                assertThat(before).as("lines of the first burst before sshd stopped").isPositive();
                Thread.sleep(3000);
                assertThat(BurstClaude.numbers(got)).as("while sshd is down").hasSizeLessThan(10_000);
                sshd.start();
                c.await(() -> BurstClaude.numbers(got).size(), n -> n >= 10_000, Duration.ofSeconds(60),
                        "10,000 lines after the restart");
                Thread.sleep(1500);
                assertThat(BurstClaude.numbers(got)).isEqualTo(BurstClaude.range(1, 10_000));
                System.out.printf("output log across an sshd restart: %d of 10000 lines before the stop%n", before);
            } finally {
                c.agents.stop(List.of(a));
                claude.remove();
                c.reservations.release(pool.name());
            }
            c.await(() -> claude.processesWith(OutputLog.path(name)), n -> n == 0, Duration.ofSeconds(10),
                    "no stream left on the host");
        }
    }
}
