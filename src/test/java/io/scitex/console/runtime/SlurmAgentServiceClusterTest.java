package io.scitex.console.runtime;

import io.scitex.console.testing.ClusterClaude;
import static io.scitex.console.runtime.ClusterServices.HOST;
import static io.scitex.console.runtime.TenantServiceClusterTest.outcomes;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runtime: slurm} agents through the agent service over SSH: the sample head-solo with its installed pre_agent
 * hook, and one reached through a ProxyJump hop with a hook path holding spaces and a flag holding quotes.
 */
@Tag(TestCluster.TAG)
class SlurmAgentServiceClusterTest {
    @TempDir
    Path home;

    @Test
    void startsKeepsRestartsAndStopsJobAgents() throws Exception {
        String rand = ClusterServices.rand();
        AgentSpec solo = AgentSpecs.renamed(ClusterServices.sample("head-solo"), "hs-" + rand);
        String hookDir = "sac hooks " + rand;
        String flag = "--x'; touch /tmp/pwned-" + rand + "; '";
        AgentSpec hopped = AgentSpecs.withRemote(AgentSpecs.withFlags(AgentSpecs.withPreAgent(
                AgentSpecs.renamed(ClusterServices.sample("head-solo"), "hj-" + rand), "~/" + hookDir + "/pre agent.sh"),
                List.of(flag)), List.of(HOST, HOST));
        try (ClusterServices c = new ClusterServices(home)) {
            c.cancelLater(solo.name());
            c.cancelLater(hopped.name());
            c.installSampleHooks();
            c.run(RemoteCommand.script("mkdir -p ~/'" + hookDir + "' && cat > ~/'" + hookDir + "/pre agent.sh'")
                    .withStdin("export SAC_PRE_AGENT_MARK=spaced-" + rand + "\n"));
            List<AgentSpec> both = List.of(solo, hopped);
            assertThat(outcomes(c.agents.start(both, false))).containsExactly(ActionOutcome.STARTED,
                    ActionOutcome.STARTED);
            SlurmJobState s1 = c.context.runtimeStates().load(solo.name()).orElseThrow();
            SlurmJobState s2 = c.context.runtimeStates().load(hopped.name()).orElseThrow();
            assertThat(s1.host()).isEqualTo(HOST);
            assertThat(s2.host()).isEqualTo(HOST + ">" + HOST);
            assertThat(s1.script()).isEqualTo("~/.scitex/agent-container/runtime/slurm-scripts/" + solo.name() + ".sbatch");
            assertThat(s1.submittedStdout()).isEqualTo("Submitted batch job " + s1.jobId());
            for (SlurmJobState s : List.of(s1, s2)) {
                c.await(() -> c.job(s.jobId()), j -> j.map(JobRef::isAllocated).orElse(false),
                        ClusterServices.ALLOCATION, "job " + s.jobId() + " running");
            }
            c.counting.reset();
            assertThat(outcomes(c.agents.start(both, false))).containsOnly(ActionOutcome.ALREADY_RUNNING);
            assertThat(c.counting.count()).isEqualTo(2);

            c.await(() -> c.agents.pane(solo, 30), p -> p.contains("pre_agent: loaded-by-pre-agent"),
                    Duration.ofSeconds(30), "the pre_agent hook's variable in head-solo's pane");
            List<String> pane = c.await(() -> c.agents.pane(hopped, 30),
                    p -> p.contains("pre_agent: spaced-" + rand), Duration.ofSeconds(30), "the spaced hook's variable");
            assertThat(String.join("", pane)).contains("[--model] [sonnet] " + ClusterClaude.HOOK_ARGS + "[" + flag
                    + "]cwd: ");
            assertThat(Path.of("/tmp/pwned-" + rand)).doesNotExist();
            assertThat(c.agents.logs(solo, 20)).contains("[pre-agent] " + solo.name() + " in job " + s1.jobId()
                    + ": SAC_PRE_AGENT_MARK=loaded-by-pre-agent");
            AttachTarget attach = c.agents.attachTarget(hopped);
            assertThat(attach.host()).isEqualTo(HOST + ">" + HOST);
            assertThat(attach.command().script()).contains("sac-attach " + s2.jobId() + " sac =sac-" + hopped.name(), "--pty");

            assertThat(outcomes(c.agents.start(List.of(solo), true))).containsExactly(ActionOutcome.RESTARTED);
            String next = c.context.runtimeStates().load(solo.name()).orElseThrow().jobId();
            assertThat(next).isNotEqualTo(s1.jobId());
            c.await(() -> c.gone(s1.jobId()), g -> g, Duration.ofSeconds(30), "the replaced job gone");

            assertThat(outcomes(c.agents.stop(both))).containsExactly(ActionOutcome.STOPPED, ActionOutcome.STOPPED);
            c.await(() -> c.gone(next) && c.gone(s2.jobId()), g -> g, Duration.ofSeconds(30), "both jobs gone");
            assertThat(c.context.runtimeStates().fileFor(solo.name())).doesNotExist();
            assertThat(c.context.runtimeStates().fileFor(hopped.name())).doesNotExist();
            assertThat(outcomes(c.agents.stop(both))).containsOnly(ActionOutcome.NOT_RUNNING);
            assertThat(c.context.actionLog().recent()).anyMatch(e -> e.host().equals(HOST + ">" + HOST) && e.ok());
        } finally {
            assertThat(Path.of("/tmp/pwned-" + rand)).doesNotExist();
        }
    }
}
