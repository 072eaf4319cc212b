package io.scitex.console.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.SettingsStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window's poller reads at each refresh: the files again, or their last read while a watcher runs. */
class InventoryRecentTest {
    @TempDir
    Path home;

    private InventoryLoader loader(Path agents) {
        ConsolePaths paths = new ConsolePaths(home, Map.of(ConsolePaths.YAML_DIRS, agents.toString()));
        return new InventoryLoader(paths, new SettingsStore(paths), LeaseStore.of(paths));
    }

    private static void agent(Path agents, String name) throws Exception {
        Path dir = Files.createDirectories(agents.resolve(name));
        Files.writeString(dir.resolve(name + ".yaml"), """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm
                """);
    }

    private static List<String> names(Inventory inv) {
        return java.util.stream.Stream.concat(inv.agents().stream().map(AgentSpec::name),
                inv.invalid().stream().map(io.scitex.console.agent.InvalidAgent::name)).sorted().toList();
    }

    @Test
    void withoutAWatcherEveryCallReadsTheFiles() throws Exception {
        Path agents = Files.createDirectories(home.resolve("agents"));
        agent(agents, "a1");
        InventoryLoader loader = loader(agents);
        assertThat(names(loader.recent(Duration.ofMinutes(1)))).containsExactly("a1");
        agent(agents, "a2");
        assertThat(names(loader.recent(Duration.ofMinutes(1)))).containsExactly("a1", "a2");
    }

    @Test
    void whileAWatcherRunsAChangeIsSeenThroughItsReadAndAnOldReadIsReplaced() throws Exception {
        Path agents = Files.createDirectories(home.resolve("agents"));
        agent(agents, "a1");
        InventoryLoader loader = loader(agents);
        loader.load();
        try (InventoryWatcher watcher = new InventoryWatcher(loader, inv -> { })) {
            agent(agents, "a2");
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (names(loader.recent(Duration.ofMinutes(1))).size() < 2 && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(names(loader.recent(Duration.ofMinutes(1)))).containsExactly("a1", "a2");
            // a read older than the bound is not used: the files are read again
            Files.delete(agents.resolve("a1").resolve("a1.yaml"));
            Files.delete(agents.resolve("a1"));
            assertThat(names(loader.recent(Duration.ZERO))).containsExactly("a2");
        }
        agent(agents, "a3"); // the watcher is closed: every call reads the files again
        assertThat(names(loader.recent(Duration.ofMinutes(1)))).containsExactly("a2", "a3");
    }
}
