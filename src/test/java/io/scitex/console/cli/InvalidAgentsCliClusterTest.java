package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An agent whose YAML has an error stays visible to the CLI: listed as invalid, refused with its problems. */
@Tag(TestCluster.TAG)
class InvalidAgentsCliClusterTest {
    @TempDir Path home;
    private Sac sac;
    private Path broken;

    @BeforeEach
    void agents() throws Exception {
        sac = new Sac(home);
        broken = write("broken-bot", """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: docker
                """);
        write("local-bot", """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: claude-code
                """);
    }

    private Path write(String name, String yaml) throws Exception {
        Path dir = Files.createDirectories(sac.agents().resolve(name));
        return Files.writeString(dir.resolve(name + ".yaml"), yaml);
    }

    @Test
    void startingAnInvalidAgentPrintsItsLocatedProblemsAndExitsOne() {
        Sac.Result r = sac.bare("start", "broken-bot");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).as(r.toString()).startsWith(broken + ":4:12: error: ").doesNotContain("not found");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void startAllNamesEveryAgentItSkipsAndWhy() {
        Sac.Result r = sac.with(Terminal.none()).bare("start", "--all", "-y");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString())
                .contains("skipped broken-bot: invalid: " + broken + ":4:12: error: ")
                .contains("skipped local-bot: runtime claude-code is not run on SLURM");
    }

    @Test
    void listShowsTheInvalidAgentWithItsFirstProblem() throws Exception {
        Sac.Result r = sac.run("list");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).containsPattern("(?m)^broken-bot +- +invalid +.*" + "broken-bot.yaml:4:12: error: ");
        assertThat(r.err()).as("its problem is in the table, not repeated as a warning").doesNotContain("broken-bot");

        JsonNode json = Json.MAPPER.readTree(sac.run("list", "--json").out());
        JsonNode row = null;
        for (JsonNode n : json) {
            if (n.get("name").asText().equals("broken-bot")) {
                row = n;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("status").asText()).isEqualTo("invalid");
        assertThat(row.get("file").asText()).isEqualTo(broken.toString());
    }
}
