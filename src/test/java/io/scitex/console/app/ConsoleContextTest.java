package io.scitex.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.SshConfigException;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.settings.SettingsStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleContextTest {
    @TempDir
    Path home;

    @Test
    void theDefaultHostComesFromTheOverrideThenTheEnvironmentThenTheSettings() throws Exception {
        ConsolePaths paths = new ConsolePaths(home, Map.of());
        new SettingsStore(paths).save(ConsoleSettings.DEFAULTS.withDefaultHost("from-settings"));
        try (ConsoleContext c = ConsoleContext.open(paths, ConsoleContext.Overrides.NONE, Prompter.none())) {
            assertThat(c.defaultHost()).hasValue("from-settings");
            assertThat(c.sshConfig().file()).isEqualTo(home.resolve(".ssh/config"));
        }
        ConsolePaths withEnv = new ConsolePaths(home, Map.of(SettingsStore.HOST_ENV, "from-env"));
        try (ConsoleContext c = ConsoleContext.open(withEnv, ConsoleContext.Overrides.NONE, Prompter.none())) {
            assertThat(c.defaultHost()).hasValue("from-env");
        }
        try (ConsoleContext c = ConsoleContext.open(withEnv, ConsoleContext.Overrides.NONE.withDefaultHost("cli"),
                Prompter.none())) {
            assertThat(c.defaultHost()).hasValue("cli");
            assertThat(c.leases().dir()).isEqualTo(home.resolve(".scitex/hpc/runtime/leases"));
            assertThat(c.runtimeStates().dir()).isEqualTo(home.resolve(".scitex/agent-container/runtime/slurm-state"));
            assertThat(c.actionLog().file()).isEqualTo(home.resolve(".scitex/agent-container/console/actions.log"));
        }
    }

    @Test
    void anSshConfigTheUserNamedMustExist() {
        ConsolePaths paths = new ConsolePaths(home, Map.of());
        assertThatThrownBy(() -> ConsoleContext.open(paths,
                ConsoleContext.Overrides.NONE.withSshConfig(home.resolve("nope")), Prompter.none()))
                .isInstanceOf(SshConfigException.class).hasMessageContaining("nope does not exist");
    }
}
