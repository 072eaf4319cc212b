package io.scitex.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.ConsoleSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentDiscoveryTest {
    @TempDir
    Path home;

    private Path agent(Path root, String name, String ext, String model) throws IOException {
        Path dir = Files.createDirectories(root.resolve(name));
        return Files.writeString(dir.resolve(name + ext),
                "apiVersion: scitex-agent-container/v3\nkind: Agent\nspec:\n  model: " + model + "\n");
    }

    private AgentDiscovery.DiscoveryResult discover(String yamlDirs, List<String> added) {
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, yamlDirs));
        return new AgentDiscovery(paths.agentRoots(ConsoleSettings.DEFAULTS.withExtraAgentFolders(added))).discover();
    }

    @Test
    void defaultFolderBeatsTheEnvironmentAndTheShadowIsAWarning() throws IOException {
        Path defaults = home.resolve(".scitex/agent-container/agents");
        Path winner = agent(defaults, "alpha", ".yaml", "from-default");
        Path shadowed = agent(home.resolve("env1"), "alpha", ".yaml", "from-env");

        AgentDiscovery.DiscoveryResult result = discover(home.resolve("env1").toString(), List.of());

        assertThat(result.agents()).extracting(AgentSpec::model).containsExactly("from-default");
        assertThat(result.problems()).containsExactly(Problem.warning(shadowed, 0, 0, "agent 'alpha' is shadowed by "
                + winner + " (found earlier in the search order); this file is ignored"));
    }

    @Test
    void environmentEntriesKeepTheirOrderThenConsoleFoldersComeLast() throws IOException {
        agent(home.resolve("env2"), "beta", ".yaml", "env2");
        agent(home.resolve("env1"), "beta", ".yaml", "env1");
        agent(home.resolve("added"), "beta", ".yaml", "added");
        agent(home.resolve("added"), "gamma", ".yaml", "added");

        AgentDiscovery.DiscoveryResult result = discover("~/env2::" + home.resolve("env1") + ":", List.of("~/added"));

        assertThat(result.agents()).extracting(a -> a.name() + "=" + a.model())
                .containsExactly("beta=env2", "gamma=added");
        assertThat(result.problems()).hasSize(2).allMatch(p -> p.severity() == Problem.Severity.WARNING);
    }

    @Test
    void skipRulesYmlAndSorting() throws IOException {
        Path root = home.resolve("agents");
        agent(root, "zeta", ".yml", "yml");
        agent(root, "alpha", ".yaml", "yaml");
        for (String skipped : List.of(".hidden", "_draft", "legacy-agents", "shared", "GITIGNORED")) {
            agent(root, skipped, ".yaml", "skipped");
        }
        Files.createDirectories(root.resolve("no-yaml"));
        Files.writeString(Files.createDirectories(root.resolve("other")).resolve("agent.yaml"), "kind: Agent\n");
        Files.writeString(root.resolve("loose.yaml"), "kind: Agent\n");

        AgentDiscovery.DiscoveryResult result = new AgentDiscovery(List.of(root, home.resolve("missing"))).discover();

        assertThat(result.agents()).extracting(AgentSpec::name).containsExactly("alpha", "zeta");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void yamlWinsOverYmlInTheSameFolder() throws IOException {
        Path root = home.resolve("agents");
        agent(root, "both", ".yaml", "yaml");
        Path yml = agent(root, "both", ".yml", "yml");

        AgentDiscovery.DiscoveryResult result = new AgentDiscovery(List.of(root)).discover();

        assertThat(result.agents()).extracting(AgentSpec::model).containsExactly("yaml");
        assertThat(result.problems()).containsExactly(Problem.warning(yml, 0, 0, "ignored: both.yaml beside it is used"));
    }

    @Test
    void brokenAgentsAreProblemsNotAgents() throws IOException {
        Path root = home.resolve("agents");
        agent(root, "good", ".yaml", "a");
        Path bad = Files.writeString(Files.createDirectories(root.resolve("bad")).resolve("bad.yaml"), "kind: [\n");

        AgentDiscovery.DiscoveryResult result = new AgentDiscovery(List.of(root)).discover();

        assertThat(result.agents()).extracting(AgentSpec::name).containsExactly("good");
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.file()).isEqualTo(bad));
    }
}
