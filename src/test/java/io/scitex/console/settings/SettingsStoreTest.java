package io.scitex.console.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir
    Path home;

    private SettingsStore store(Map<String, String> env) {
        return new SettingsStore(new ConsolePaths(home, env));
    }

    @Test
    void noFileMeansTheDefaults() {
        SettingsStore.Loaded loaded = store(Map.of()).effective();

        assertThat(loaded.problems()).isEmpty();
        ConsoleSettings s = loaded.settings();
        assertThat(s).isEqualTo(ConsoleSettings.DEFAULTS);
        assertThat(s.defaultHost()).isEmpty();
        assertThat(s.hostKeyPolicy()).isEqualTo(ConsoleSettings.HostKeyPolicy.ASK);
        assertThat(s.pollActiveSeconds()).isEqualTo(5);
        assertThat(s.pollIdleSeconds()).isEqualTo(15);
        assertThat(s.stalledAfterMinutes()).isEqualTo(10);
        assertThat(s.autoRestartLostTenants()).isFalse();
        assertThat(s.theme()).isEqualTo(ConsoleSettings.Theme.LIGHT);
        assertThat(s.sshConfig()).isEqualTo("~/.ssh/config");
        assertThat(s.knownHosts()).isEqualTo("~/.ssh/known_hosts");
        assertThat(s.logViewLines()).isEqualTo(100_000);
    }

    @Test
    void savesAndLoadsEveryField() throws IOException {
        ConsoleSettings s = new ConsoleSettings("spartan", List.of("~/agents", "/opt/agents"), "/etc/ssh_config",
                "~/kh", ConsoleSettings.HostKeyPolicy.ACCEPT_NEW, 3, 30, 20, true, ConsoleSettings.Theme.DARK, 2500);
        SettingsStore store = store(Map.of());

        store.save(s);

        assertThat(store.load().settings()).isEqualTo(s);
        assertThat(home.resolve(".scitex/agent-container/console/settings.json")).content().contains(
                "\"host_key_policy\": \"accept-new\"", "\"theme\": \"dark\"", "\"poll_active_seconds\": 3",
                "\"log_view_lines\": 2500");
    }

    @Test
    void environmentOverridesTheFileButIsNeverSaved() throws IOException {
        SettingsStore store = store(Map.of(SettingsStore.HOST_ENV, "sac-test", SettingsStore.SSH_CONFIG_ENV, "/c/ssh_config",
                SettingsStore.KNOWN_HOSTS_ENV, "/c/known_hosts"));
        store.save(ConsoleSettings.DEFAULTS.withDefaultHost("spartan"));

        ConsoleSettings effective = store.effective().settings();

        assertThat(effective.defaultHost()).isEqualTo("sac-test");
        assertThat(effective.sshConfig()).isEqualTo("/c/ssh_config");
        assertThat(effective.knownHosts()).isEqualTo("/c/known_hosts");
        assertThat(store.load().settings().defaultHost()).isEqualTo("spartan");
    }

    @Test
    void badValuesFallBackToTheirDefaultWithALocatedProblem() throws IOException {
        Path file = home.resolve(".scitex/agent-container/console/settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                {
                  "default_host": "spartan",
                  "host_key_policy": "trust-all",
                  "poll_active_seconds": 0,
                  "theme": "dark",
                  "them": "light"
                }
                """);

        SettingsStore.Loaded loaded = store(Map.of()).load();

        assertThat(loaded.settings()).isEqualTo(ConsoleSettings.DEFAULTS.withDefaultHost("spartan")
                .withTheme(ConsoleSettings.Theme.DARK));
        assertThat(loaded.problems()).containsExactly(
                Problem.warning(file, 6, 11, "unknown key 'them'; did you mean 'theme'?"),
                Problem.error(file, 3, 22, "host_key_policy must be strict|ask|accept-new, got a string \"trust-all\""),
                Problem.error(file, 4, 26, "poll_active_seconds must be a positive whole number, got a number 0"));
    }

    @Test
    void brokenFileGivesDefaultsAndTheSyntaxError() throws IOException {
        Path file = home.resolve(".scitex/agent-container/console/settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"theme\": dark\n}\n");

        SettingsStore.Loaded loaded = store(Map.of()).load();

        assertThat(loaded.settings()).isEqualTo(ConsoleSettings.DEFAULTS);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("not valid JSON: Unrecognized token 'dark'");
        });
    }

    @Test
    void aLogViewCapThatIsNoCountOfLinesIsAProblemNamingFileLineAndField() throws IOException {
        Path file = home.resolve(".scitex/agent-container/console/settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"theme\": \"dark\",\n  \"log_view_lines\": \"lots\"\n}\n");
        SettingsStore store = store(Map.of());

        SettingsStore.Loaded loaded = store.load();

        assertThat(loaded.settings()).isEqualTo(ConsoleSettings.DEFAULTS.withTheme(ConsoleSettings.Theme.DARK));
        assertThat(loaded.problems()).containsExactly(Problem.error(file, 3, 21,
                "log_view_lines must be a whole number of lines from 1 to 5000000, got a string \"lots\""));

        Files.writeString(file, "{\"log_view_lines\": 0}");
        assertThat(store.load().problems()).extracting(Problem::message).containsExactly(
                "log_view_lines must be a whole number of lines from 1 to 5000000, got a number 0");
        Files.writeString(file, "{\"log_view_lines\": 20000}");
        assertThat(store.load().settings().logViewLines()).isEqualTo(20_000);
        assertThat(store.load().problems()).isEmpty();
    }
}
