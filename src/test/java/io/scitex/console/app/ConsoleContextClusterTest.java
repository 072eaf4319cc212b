package io.scitex.console.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.HostKeyRefusedException;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.settings.SettingsStore;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The context's SSH settings against the local cluster: the action log and the known-hosts setting. */
@Tag(TestCluster.TAG)
class ConsoleContextClusterTest {
    @TempDir
    Path home;

    @Test
    void commandsGoThroughTheActionLogAndTheKnownHostsSettingIsHonoured() throws Exception {
        ConsolePaths paths = new ConsolePaths(home, Map.of());
        ConsoleContext.Overrides cluster = ConsoleContext.Overrides.NONE.withSshConfig(TestCluster.sshConfig());
        try (ConsoleContext c = ConsoleContext.open(paths, cluster, Prompter.none())) {
            ExecResult r = c.executor().run(TestCluster.ALIAS, RemoteCommand.of("echo", "hi there"));
            assertThat(r.stdout()).isEqualTo("hi there\n");
            assertThat(Files.readString(paths.actionLog())).contains("\t" + TestCluster.ALIAS + "\texit 0\t")
                    .contains("echo 'hi there'");
        }
        Path empty = Files.writeString(home.resolve("empty_known_hosts"), "");
        ConsoleSettings strict = new ConsoleSettings("", List.of(), "~/.ssh/config", empty.toString(),
                ConsoleSettings.HostKeyPolicy.STRICT, 5, 15, 10, false, ConsoleSettings.Theme.LIGHT);
        new SettingsStore(paths).save(strict);
        try (ConsoleContext c = ConsoleContext.open(paths, cluster, Prompter.none())) {
            assertThatThrownBy(() -> c.executor().run(TestCluster.ALIAS, RemoteCommand.of("true")))
                    .isInstanceOf(HostKeyRefusedException.class);
        }
        try (ConsoleContext c = ConsoleContext.open(paths, cluster.withKnownHosts(TestCluster.knownHosts()),
                Prompter.none())) {
            assertThat(c.executor().run(TestCluster.ALIAS, RemoteCommand.of("true")).ok()).isTrue();
        }
    }
}
