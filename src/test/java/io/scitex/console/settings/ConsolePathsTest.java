package io.scitex.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsolePathsTest {
    private final Path home = Path.of("/h");

    @Test
    void everyPathLivesUnderTheHome() {
        ConsolePaths p = new ConsolePaths(home, Map.of());

        assertThat(p.agentsDefaultDir()).isEqualTo(Path.of("/h/.scitex/agent-container/agents"));
        assertThat(p.leaseDir()).isEqualTo(Path.of("/h/.scitex/hpc/runtime/leases"));
        assertThat(p.slurmStateDir()).isEqualTo(Path.of("/h/.scitex/agent-container/runtime/slurm-state"));
        assertThat(p.consoleDir()).isEqualTo(Path.of("/h/.scitex/agent-container/console"));
        assertThat(p.settingsFile()).isEqualTo(Path.of("/h/.scitex/agent-container/console/settings.json"));
        assertThat(p.actionLog()).isEqualTo(Path.of("/h/.scitex/agent-container/console/actions.log"));
    }

    @Test
    void consoleHomeReplacesTheUserHome() {
        assertThat(ConsolePaths.from(Map.of(ConsolePaths.CONSOLE_HOME, "/demo"), home).home()).isEqualTo(Path.of("/demo"));
        assertThat(ConsolePaths.from(Map.of(), home).home()).isEqualTo(home);
    }

    @Test
    void leaseDirAndYamlDirsComeFromTheEnvironment() {
        ConsolePaths p = new ConsolePaths(home, Map.of(ConsolePaths.LEASE_DIR, "/l",
                ConsolePaths.YAML_DIRS, ":~/a::/b: ~/c :"));

        assertThat(p.leaseDir()).isEqualTo(Path.of("/l"));
        assertThat(p.envAgentDirs()).containsExactly(Path.of("/h/a"), Path.of("/b"), Path.of("/h/c"));
        assertThat(p.agentRoots(ConsoleSettings.DEFAULTS.withExtraAgentFolders(List.of("~/x"))))
                .containsExactly(Path.of("/h/.scitex/agent-container/agents"), Path.of("/h/a"), Path.of("/b"),
                        Path.of("/h/c"), Path.of("/h/x"));
    }
}
