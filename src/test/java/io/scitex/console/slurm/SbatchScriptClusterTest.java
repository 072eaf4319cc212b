package io.scitex.console.slurm;

import io.scitex.console.testing.ClusterClaude;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.SlurmHooks;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.runtime.SlurmJobCommands;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code runtime: slurm} wrapper submitted to the local cluster: hooks, quoting, tmux session, EXIT trap. */
@Tag(TestCluster.TAG)
class SbatchScriptClusterTest {
    @TempDir
    Path dir;

    @Test
    void theWrapperRunsTheAgentWithItsPreAgentHook() throws Exception {
        String rand = UUID.randomUUID().toString().substring(0, 8);
        String name = "sj-" + rand;
        Path hook = Files.createDirectories(dir.resolve("hook dir")).resolve("pre agent.sh");
        Files.writeString(hook, "export SAC_PRE_AGENT_MARK=\"mark-" + rand + " $SAC_PHASE $SAC_JOB_ID $SAC_LOG_FILE\"\n"
                + "echo \"unset in hook: $NOT_SET_ANYWHERE\"\n");
        Path logs = dir.resolve("logs dir");
        Path work = dir.resolve("work dir");
        String flag = "--x'; touch /tmp/pwned-" + rand + "; '";
        SlurmSpec slurm = Specs.slurm("", "00:10:00", "100M", "", "B:USR1@60", true, logs.toString(), List.of(),
                new SlurmHooks("", hook.toString(), "", "", ""));
        AgentSpec agent = Specs.agent(name, AgentRuntime.SLURM, slurm,
                new ClaudeSpec(List.of(flag), ClaudeSpec.SessionMode.CONTINUE_OR_NEW), ClusterClaude.echoEnv(Map.of("AGENT_ENV", "a b")),
                work.toString());
        LocalJobs jobs = new LocalJobs(dir);
        String jobId = jobs.submit(name, SbatchScript.render(agent, System.getProperty("user.home")),
                List.of(logs.toString()));
        try {
            jobs.awaitJob(jobId, j -> j.isPresent() && j.get().isAllocated(), Duration.ofSeconds(60));
            String pane = LocalJobs.await(() -> jobs.run(SlurmJobCommands.paneLogs(agent, jobId, 50)).stdout(),
                    out -> out.contains("pre_agent:"), Duration.ofSeconds(30), "pane of " + name).replace("\n", "");
            assertThat(pane).contains("args: [--continue] [--model] [sonnet] " + ClusterClaude.HOOK_ARGS + "[" + flag
                    + "]")
                    .contains("cwd: " + work)
                    .contains("agent: " + name)
                    .contains("pre_agent: mark-" + rand + " pre_agent " + jobId + " " + logs + "/" + name + "_"
                            + jobId + ".out");
            assertThat(Path.of("/tmp/pwned-" + rand)).doesNotExist();
        } finally {
            jobs.cancelAll(name);
        }
        jobs.awaitJob(jobId, j -> j.isEmpty() || j.get().state().isTerminal(), Duration.ofSeconds(30));
        Path out = logs.resolve(name + "_" + jobId + ".out");
        String log = LocalJobs.await(() -> read(out), s -> s.contains("wrapper exiting"), Duration.ofSeconds(20),
                "exit line in " + out);
        assertThat(log).contains("unset in hook: \n").containsPattern(
                "\\[sac/slurm] wrapper exiting rc=143 at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(Path.of("/tmp/pwned-" + rand)).doesNotExist();
    }

    static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
