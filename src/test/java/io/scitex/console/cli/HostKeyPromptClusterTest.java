package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An unknown host key is asked about on the terminal (OpenSSH's words), and refused when nobody can answer. */
@Tag(TestCluster.TAG)
class HostKeyPromptClusterTest {
    @TempDir
    Path home;

    @Test
    void unknownHostKeyIsAskedOnTheTerminalAndRefusedWithoutOne() throws Exception {
        Path knownHosts = Files.createFile(home.resolve("known_hosts"));
        List<String> args = List.of("list", "--ssh-config", TestCluster.sshConfig().toString(), "--known-hosts",
                knownHosts.toString(), "--host", TestCluster.ALIAS);

        Sac.Result refused = new Sac(home).bare(args.toArray(String[]::new));
        assertThat(refused.err()).as(refused.toString()).contains("host key of [127.0.0.1]:")
                .contains("is not known (ssh-ed25519 SHA256:").contains("add it to " + knownHosts);
        assertThat(Files.readString(knownHosts)).isEmpty();

        ScriptedTerminal person = new ScriptedTerminal("yes");
        Sac.Result asked = new Sac(home).with(person).bare(args.toArray(String[]::new));
        assertThat(asked.exit()).as(asked.toString()).isZero();
        assertThat(person.shown.get(0)).startsWith("The authenticity of host '").contains("' can't be established.\n"
                + "ED25519 key fingerprint is SHA256:");
        assertThat(person.prompts).containsExactly("Are you sure you want to continue connecting (yes/no)? ");
        assertThat(asked.err()).doesNotContain("could not be reached");
        assertThat(Files.readString(knownHosts)).contains("ssh-ed25519 ");
    }
}
