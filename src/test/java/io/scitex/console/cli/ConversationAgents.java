package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.testing.ClusterClaude;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Tenants running the real claude for the conversation cluster tests: their YAML, prompts and states. */
final class ConversationAgents {
    private ConversationAgents() {}

    static void agentYaml(Sac sac, String work, String agent, String pool, String mode) throws java.io.IOException {
        Path dir = Files.createDirectories(sac.agents().resolve(agent));
        Files.writeString(dir.resolve(agent + ".yaml"), """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm-tenant
                  workdir: %s/%s
                  env:
                    PATH: "%s:/usr/local/bin:/usr/bin:/bin"
                  claude:
                    session: new
                    flags: ["--permission-mode", "%s"]
                  slurm:
                    reservation: %s
                """.formatted(work, agent, ClusterClaude.REAL_BIN, mode, pool));
    }

    static void send(Sac sac, String agent, String prompt, String until) {
        Sac.Result r = sac.run("send", agent, "-m", prompt);
        assertThat(r.exit()).as(r.toString()).isZero();
        awaitState(sac, agent, until, Duration.ofSeconds(30));
    }

    static JsonNode awaitState(Sac sac, String agent, String state, Duration within) {
        return LocalJobs.await(() -> {
            Sac.Result r = sac.run("show-status", agent, "--json");
            try {
                return Json.MAPPER.readTree(r.out());
            } catch (java.io.IOException e) {
                throw new AssertionError(r.toString(), e);
            }
        }, s -> s.path("state").asText().equals(state), within, agent + " " + state);
    }

    static List<String> texts(JsonNode turns, String field) {
        List<String> out = new ArrayList<>();
        turns.forEach(t -> out.add(t.path(field).asText()));
        return out;
    }
}
