package io.scitex.console.slurm;

import io.scitex.console.testing.ClusterClaude;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.SlurmHooks;
import io.scitex.console.runtime.SlurmJobCommands;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both walltime designs on the real scheduler (about 2.5 minutes): a persistent reservation with
 * {@code --time=00:02:00} and the signal 60 s before the end resubmits itself and keeps holding; the
 * {@code runtime: slurm} wrapper resubmits a successor that waits for it (dependency) and then runs the agent.
 */
@Tag(TestCluster.TAG)
class WalltimeResubmitClusterTest {
    private static final Duration TRAP = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    @Test
    void bothScriptsResubmitThemselvesBeforeTheirWalltime() {
        String rand = UUID.randomUUID().toString().substring(0, 8);
        String resName = "wr-" + rand;
        String agentName = "wa-" + rand;
        LocalJobs jobs = new LocalJobs(dir);
        Path logs = dir.resolve("logs");
        BookRequest req = BookRequest.of(resName, TestCluster.ALIAS).withResources(1, "100M", "00:02:00")
                .withTmuxServer("sac").withPersistent(true, 60);
        AgentSpec agent = Specs.agent(agentName, AgentRuntime.SLURM, Specs.slurm("", "00:02:00", "100M", "",
                "B:USR1@60", true, logs.toString(), List.of(), SlurmHooks.NONE),
                new ClaudeSpec(List.of(), ClaudeSpec.SessionMode.NEW), ClusterClaude.echoEnv(), dir.resolve("work").toString());
        try {
            String firstRes = jobs.submit(resName, ReservationScript.render(req), List.of());
            String firstAgent = jobs.submit(agentName, SbatchScript.render(agent, System.getProperty("user.home")),
                    List.of(logs.toString()));
            jobs.awaitJob(firstRes, j -> j.isPresent() && j.get().isAllocated(), Duration.ofSeconds(60));
            jobs.awaitJob(firstAgent, j -> j.isPresent() && j.get().isAllocated(), Duration.ofSeconds(60));

            JobRef nextRes = awaitSuccessor(jobs, resName, firstRes);
            assertThat(jobs.job(firstRes)).map(JobRef::state).as("the first reservation job keeps holding")
                    .hasValue(JobState.RUNNING);
            jobs.awaitJob(nextRes.jobId(), j -> j.isPresent() && j.get().isAllocated(), Duration.ofSeconds(30));
            assertThat(jobs.run(LocalJobs.inJob(nextRes.jobId(), "tmux", "-L", "sac", "has-session", "-t", "_root"))
                    .exitStatus()).isZero();

            JobRef nextAgent = awaitSuccessor(jobs, agentName, firstAgent);
            SqueueRow waiting = SqueueParser.userJobs(jobs.run(Squeue.userJobs("")).stdout()).stream()
                    .filter(r -> r.jobId().equals(nextAgent.jobId())).findFirst().orElseThrow();
            assertThat(jobs.job(firstAgent)).map(JobRef::state).as("the agent keeps running after its trap")
                    .hasValue(JobState.RUNNING);
            assertThat(waiting.state()).isEqualTo(JobState.PENDING);
            assertThat(waiting.reason().code()).as("the successor waits for its predecessor").isEqualTo("Dependency");
            assertThat(waiting.name()).isEqualTo(agentName);
            jobs.awaitJob(nextAgent.jobId(), j -> j.isPresent() && j.get().isAllocated(), Duration.ofSeconds(150));
            Optional<JobRef> old = jobs.job(firstAgent);
            assertThat(old.isEmpty() || old.get().state().isTerminal()).as("predecessor ended: %s", old).isTrue();
            String pane = LocalJobs.await(() -> jobs.run(SlurmJobCommands.paneLogs(agent, nextAgent.jobId(), 20))
                    .stdout(), out -> out.contains("agent: " + agentName), Duration.ofSeconds(20), "successor pane");
            assertThat(pane).contains("claude stand-in ready");

            String log = SbatchScriptClusterTest.read(logs.resolve(agentName + "_" + firstAgent + ".out"));
            assertThat(log).contains("[sac/slurm] walltime signal at ")
                    .contains("Submitted batch job " + nextAgent.jobId())
                    .contains("[sac/slurm] wrapper exiting rc=143 at ");
        } finally {
            jobs.cancelAll(resName);
            jobs.cancelAll(agentName);
        }
    }

    private static JobRef awaitSuccessor(LocalJobs jobs, String name, String first) {
        return LocalJobs.await(() -> jobs.newestByName(name), j -> j.isPresent() && !j.get().jobId().equals(first),
                TRAP, "successor of " + name).orElseThrow();
    }

}
