package io.scitex.console.runtime;

import static io.scitex.console.runtime.ClusterServices.HOST;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.LogTarget;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.testing.BurstClaude;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.ui.logs.OutputLogModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lossless output log of a tenant (docs/decisions/0510) through the shared sshd: a burst of 10,000 lines reaches
 * a tail once and in order, clean of control sequences; closing the tail leaves nothing running on the host, and
 * stopping the agent ends its log writer.
 */
@Tag(TestCluster.TAG)
class OutputLogClusterTest {
    @TempDir
    static Path home;

    static ClusterServices c;
    static Lease pool;
    static String rand;
    static BurstClaude claude;

    @BeforeAll
    static void book() throws Exception {
        rand = ClusterServices.rand();
        c = new ClusterServices(home);
        pool = c.book("lo-" + rand, false);
        claude = BurstClaude.install(c.context.executor(), HOST, rand);
    }

    @AfterAll
    static void release() throws Exception {
        try {
            claude.remove();
            c.reservations.release(pool.name());
        } finally {
            c.close();
        }
    }

    static AgentSpec tenant(String name) {
        return AgentSpecs.withEnv(AgentSpecs.renamed(AgentSpecs.inReservation(ClusterServices.sample("dev-helper"),
                pool.name()), name), "PATH", claude.path());
    }

    @Test
    void aBurstOfTenThousandLinesReachesTheTailOnceInOrderAndClosingLeavesNothingRunning() throws Exception {
        String name = "lo-" + rand;
        AgentSpec a = tenant(name);
        List<ActionResult> started = c.agents.start(List.of(a), false);
        assertThat(started).as(started.toString()).extracting(ActionResult::outcome)
                .containsExactly(ActionOutcome.STARTED);
        LogTarget target = c.agents.outputLog(a);
        assertThat(target.host()).isEqualTo(HOST);
        assertThat(target.sources()).containsExactly(new LogTarget.Source(OutputLog.path(name), ""));

        List<String> got = new CopyOnWriteArrayList<>();
        try (LogStreams streams = new LogStreams(c.context.sshHosts())) {
            OutputLogModel view = new OutputLogModel(OutputLogModel.DEFAULT_CAP);
            List<LogTail> tails = streams.open(target, LogStreams.From.ALL, l -> {
                got.addAll(l);
                view.offer(l);
            });
            c.await(() -> List.copyOf(got), g -> g.contains("red plain"), Duration.ofSeconds(30), "the banner");
            assertThat(got).startsWith("ready", "red plain");

            claude.burst(1, 10_000);
            c.await(() -> BurstClaude.numbers(got).size(), n -> n >= 10_000, Duration.ofSeconds(60), "10,000 lines");
            Thread.sleep(1500); // a repeated line would come now
            assertThat(BurstClaude.numbers(got)).isEqualTo(BurstClaude.range(1, 10_000));
            view.drain(); // what the FX pulse does
            assertThat(BurstClaude.numbers(view.all())).as("the log view's lines").isEqualTo(
                    BurstClaude.range(1, 10_000));
            assertThat(got).noneMatch(l -> l.indexOf('\u001b') >= 0 || l.indexOf('\r') >= 0);
            assertThat(claude.processesWith(OutputLog.path(name))).as("the host's one stream").isEqualTo(1);
            assertThat(streams.streams()).isEqualTo(1);

            tails.forEach(LogTail::close);
            assertThat(streams.streams()).isZero();
            c.await(() -> claude.processesWith(OutputLog.path(name)), n -> n == 0, Duration.ofSeconds(10),
                    "no stream left on the host");
        }
        assertThat(claude.processesWith("sac-output-log " + name)).as("the pane's log writer").isEqualTo(1);
        assertThat(c.agents.stop(List.of(a))).extracting(ActionResult::outcome).containsExactly(ActionOutcome.STOPPED);
        c.await(() -> claude.processesWith("sac-output-log " + name), n -> n == 0, Duration.ofSeconds(10),
                "the log writer ended with its pane");
    }
}
