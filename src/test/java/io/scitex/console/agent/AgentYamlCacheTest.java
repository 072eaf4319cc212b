package io.scitex.console.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentYamlCacheTest {
    @TempDir
    Path root;

    private Path write(String name, String model) throws Exception {
        Path dir = Files.createDirectories(root.resolve(name));
        return Files.writeString(dir.resolve(name + ".yaml"), """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm
                  model: %s
                """.formatted(model));
    }

    @Test
    void anUnchangedFileIsNotParsedAgainAndAnyChangeIsSeenAtOnce() throws Exception {
        AgentYamlCache cache = new AgentYamlCache();
        Path file = write("a1", "sonnet");
        AgentYaml.LoadResult first = cache.load(file);
        assertThat(first.agent()).map(AgentSpec::model).contains("sonnet");
        assertThat(cache.load(file)).isSameAs(first);

        write("a1", "opus11"); // same size, written at once: the bytes decide, not the time stamp
        assertThat(cache.load(file).agent()).map(AgentSpec::model).contains("opus11");

        Files.writeString(file, "spec: [");
        assertThat(cache.load(file).hasErrors()).isTrue();
    }

    @Test
    void discoveryWithTheCacheFindsWhatDiscoveryWithoutItFindsAndForgetsRemovedFiles() throws Exception {
        write("a1", "sonnet");
        Path gone = write("a2", "opus");
        AgentYamlCache cache = new AgentYamlCache();
        AgentDiscovery cached = new AgentDiscovery(List.of(root), cache);
        assertThat(cached.discover().agents()).extracting(AgentSpec::name).containsExactly("a1", "a2");
        assertThat(cache.size()).isEqualTo(2);

        Files.delete(gone);
        Files.delete(gone.getParent());
        assertThat(cached.discover().agents()).extracting(AgentSpec::name).containsExactly("a1");
        assertThat(new AgentDiscovery(List.of(root)).discover().agents()).extracting(AgentSpec::name)
                .containsExactly("a1");
        assertThat(cache.size()).isEqualTo(1);
    }
}
