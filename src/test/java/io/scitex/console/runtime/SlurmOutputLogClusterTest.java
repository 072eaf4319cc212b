package io.scitex.console.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.LogTarget;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code runtime: slurm} agent's tail (docs/decisions/0510) carries its pane's output log and its job output file
 * (lines prefixed {@code [job <id>] }) through one stream: the pre_agent hook's line written at the job's start, and
 * the wrapper's exit line written when the agent is stopped, while the tail is open.
 */
@Tag(TestCluster.TAG)
class SlurmOutputLogClusterTest {
    @TempDir
    Path home;

    @Test
    void aSlurmAgentsTailCarriesItsPaneAndItsJobOutputFileAsTheyAreWritten() throws Exception {
        String rand = ClusterServices.rand();
        AgentSpec a = AgentSpecs.renamed(ClusterServices.sample("head-solo"), "so-" + rand);
        try (ClusterServices c = new ClusterServices(home)) {
            c.cancelLater(a.name());
            c.installSampleHooks();
            List<ActionResult> started = c.agents.start(List.of(a), false);
            assertThat(started).as(started.toString()).extracting(ActionResult::outcome)
                    .containsExactly(ActionOutcome.STARTED);
            String job = c.context.runtimeStates().load(a.name()).orElseThrow().jobId();
            c.await(() -> c.job(job), j -> j.map(JobRef::isAllocated).orElse(false), ClusterServices.ALLOCATION,
                    "job " + job + " running");

            LogTarget target = c.agents.outputLog(a);
            assertThat(target.host()).isEqualTo(ClusterServices.HOST);
            assertThat(target.sources()).extracting(LogTarget.Source::path, LogTarget.Source::prefix).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(OutputLog.path(a.name()), ""),
                    org.assertj.core.groups.Tuple.tuple(a.slurm().logsDir().replaceFirst("^~/", "") + "/"
                            + a.slurm().jobNameOr(a.name()) + "_" + job + ".out", "[job " + job + "] "));
            List<String> got = new CopyOnWriteArrayList<>();
            try (LogStreams streams = new LogStreams(c.context.sshHosts())) {
                List<LogTail> tails = streams.open(target, LogStreams.From.ALL, got::addAll);
                String hook = "[job " + job + "] [pre-agent] " + a.name() + " in job " + job
                        + ": SAC_PRE_AGENT_MARK=loaded-by-pre-agent";
                c.await(() -> List.copyOf(got), g -> g.contains(hook), Duration.ofSeconds(30),
                        "the job output file's hook line");
                c.await(() -> List.copyOf(got), g -> g.stream().anyMatch(l -> l.startsWith("agent: " + a.name())),
                        Duration.ofSeconds(30), "the pane's own line (unprefixed)");
                assertThat(streams.streams()).as("one stream for both logs").isEqualTo(1);

                assertThat(c.agents.stop(List.of(a))).extracting(ActionResult::outcome)
                        .containsExactly(ActionOutcome.STOPPED);
                c.await(() -> List.copyOf(got), g -> g.stream().anyMatch(l -> l.startsWith("[job " + job
                        + "] [sac/slurm] wrapper exiting rc=")), Duration.ofSeconds(30),
                        "the wrapper's exit line, written while the tail was open");
                assertThat(got.stream().filter(hook::equals)).as("the hook line once").hasSize(1);
                tails.forEach(LogTail::close);
                assertThat(streams.streams()).isZero();
            }
        }
    }
}
