package io.scitex.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.TestCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentYamlTest {
    @TempDir
    Path tmp;

    @Test
    void minimalAgentGetsEveryDefault() throws IOException {
        Path file = write("solo", "apiVersion: scitex-agent-container/v3\nkind: Agent\nspec:\n  runtime: slurm\n");

        AgentYaml.LoadResult result = AgentYaml.load(file);

        assertThat(result.problems()).isEmpty();
        AgentSpec a = result.agent().orElseThrow();
        assertThat(a.name()).isEqualTo("solo");
        assertThat(a.file()).isEqualTo(file);
        assertThat(a.runtime()).isEqualTo(AgentRuntime.SLURM);
        assertThat(a.model()).isEqualTo("sonnet");
        assertThat(a.workdir()).isEqualTo("~/.scitex/agent-container/workspaces/solo");
        assertThat(a.env()).isEmpty();
        assertThat(a.remote()).isEmpty();
        assertThat(a.claude()).isEqualTo(ClaudeSpec.DEFAULTS);
        assertThat(a.restart()).isEqualTo(RestartPolicy.NEVER);
        assertThat(a.slurm()).isEqualTo(SlurmSpec.DEFAULTS);
    }

    @Test
    void everyFieldIsRead() throws IOException {
        Path file = write("full", """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                metadata:
                  labels: {team: a}
                spec:
                  runtime: slurm
                  model: opus
                  workdir: /scratch/full
                  env: {A: "1", B: 2, C: ~}
                  remote: [bastion, login1]
                  claude:
                    flags: ["--dangerously-skip-permissions", "--add-dir '/a b' --verbose"]
                    session: resume
                  restart: {policy: on-failure}
                  slurm:
                    partition: sapphire
                    time_limit: "2:00:00"
                    cpus_per_task: 4
                    mem: 16G
                    nodes: 1
                    ntasks: 2
                    gres: gpu:1
                    job_name: full-job
                    signal: B:USR2@600
                    auto_resubmit: false
                    hold: sleep 100
                    logs_dir: /scratch/logs
                    extra_directives: ["#SBATCH --account=p1", "#SBATCH --qos=normal"]
                    hooks:
                      pre_submit: /h/pre_submit.sh
                      pre_agent: ~/h/pre_agent.sh
                      walltime_signal: /h/walltime.sh
                      post_agent: /h/post.sh
                      attach: /h/attach.sh
                    reservation: ""
                """);

        AgentYaml.LoadResult result = AgentYaml.load(file);

        assertThat(result.problems()).isEmpty();
        AgentSpec a = result.agent().orElseThrow();
        assertThat(a.model()).isEqualTo("opus");
        assertThat(a.workdir()).isEqualTo("/scratch/full");
        assertThat(a.env()).isEqualTo(Map.of("A", "1", "B", "2", "C", ""));
        assertThat(a.remote()).containsExactly("bastion", "login1");
        assertThat(a.claude().flags())
                .containsExactly("--dangerously-skip-permissions", "--add-dir", "/a b", "--verbose");
        assertThat(a.claude().session()).isEqualTo(ClaudeSpec.SessionMode.RESUME);
        assertThat(a.restart()).isEqualTo(RestartPolicy.ON_FAILURE);
        assertThat(a.slurm()).isEqualTo(new SlurmSpec("sapphire", "2:00:00", 4, "16G", 1, 2, "gpu:1", "full-job",
                "B:USR2@600", false, "sleep 100", "/scratch/logs",
                List.of("#SBATCH --account=p1", "#SBATCH --qos=normal"),
                new SlurmHooks("/h/pre_submit.sh", "~/h/pre_agent.sh", "/h/walltime.sh", "/h/post.sh", "/h/attach.sh"),
                ""));
    }

    @Test
    void remoteMayBeOneAliasAndTenantsNeedTheirReservation() throws IOException {
        Path file = write("tenant", """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm-tenant
                  remote: gateway
                  slurm: {reservation: dev-pool}
                """);

        AgentSpec a = AgentYaml.load(file).agent().orElseThrow();

        assertThat(a.remote()).containsExactly("gateway");
        assertThat(a.slurm().reservation()).isEqualTo("dev-pool");
        assertThat(a.runtime().isSlurm()).isTrue();
    }

    @Test
    void otherRuntimesLoadWithoutErrorAndUpstreamKeysAreNotFlagged() throws IOException {
        Path file = write("notes", """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: aider
                  container: {runtime: apptainer}
                  health: {method: multiplexer-alive}
                """);

        AgentYaml.LoadResult result = AgentYaml.load(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.agent().orElseThrow().runtime().isSlurm()).isFalse();
    }

    @Test
    void samplesLoadCleanly() {
        AgentDiscovery.DiscoveryResult result =
                new AgentDiscovery(List.of(TestCluster.repo().resolve("samples/agents"))).discover();

        assertThat(result.problems()).isEmpty();
        assertThat(result.agents()).extracting(AgentSpec::name)
                .containsExactly("dev-helper", "doc-builder", "head-solo", "local-notes", "test-runner");
        AgentSpec head = result.agents().get(2);
        assertThat(head.runtime()).isEqualTo(AgentRuntime.SLURM);
        assertThat(head.remote()).containsExactly("sac-test");
        assertThat(head.slurm().partition()).isEqualTo("cascade");
        assertThat(head.slurm().mem()).isEqualTo("500M");
        assertThat(head.slurm().hooks().preAgent()).isEqualTo("~/.scitex/agent-container/hooks/pre-agent.sh");
        assertThat(result.agents()).filteredOn(a -> a.runtime() == AgentRuntime.SLURM_TENANT)
                .extracting(a -> a.slurm().reservation()).containsExactly("dev-pool", "dev-pool", "dev-pool");
    }

    private Path write(String name, String yaml) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name));
        return Files.writeString(dir.resolve(name + ".yaml"), yaml);
    }
}
