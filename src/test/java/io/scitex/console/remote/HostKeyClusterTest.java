package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Host-key trust against a private sshd: strict, ask, accept-new, changed keys, hashed entries, key types. */
@Tag(TestCluster.TAG)
class HostKeyClusterTest {
    @TempDir
    Path tmp;
    private TestSshd sshd;

    @AfterEach
    void stop() throws Exception {
        if (sshd != null) {
            sshd.close();
        }
    }

    private SshHosts hosts(String config, Prompter prompter, HostKeyPolicy policy) throws Exception {
        Path cfg = tmp.resolve("ssh_config");
        Files.writeString(cfg, config);
        return new SshHosts(SshConfig.load(cfg), prompter, SshOptions.defaults().withHostKeyPolicy(policy));
    }

    @Test
    void unknownHostRefusedUnderStrict() throws Exception {
        sshd = TestSshd.start(tmp.resolve("sshd"));
        Path kh = tmp.resolve("known_hosts");
        ScriptedPrompter p = new ScriptedPrompter();
        try (SshHosts hosts = hosts(sshd.configBlock("h", kh), p, HostKeyPolicy.STRICT)) {
            assertThatThrownBy(() -> hosts.run("h", RemoteCommand.of("true")))
                    .isInstanceOf(HostKeyRefusedException.class)
                    .hasMessageContaining("[127.0.0.1]:" + sshd.port).hasMessageContaining("not known")
                    .hasMessageContaining(sshd.fingerprint("ed25519"));
            assertThat(hosts.state("h").status()).isEqualTo(ConnectionState.DISCONNECTED);
        }
        assertThat(p.asked).isEmpty();
        assertThat(kh).doesNotExist();
    }

    @Test
    void askShowsTheOpenSshFingerprintAndRecordsAnAcceptedKey() throws Exception {
        sshd = TestSshd.start(tmp.resolve("sshd"));
        Path kh = tmp.resolve("kh/known_hosts");
        ScriptedPrompter p = new ScriptedPrompter();
        p.acceptHostKey = false;
        try (SshHosts hosts = hosts(sshd.configBlock("h", kh), p, HostKeyPolicy.ASK)) {
            assertThatThrownBy(() -> hosts.run("h", RemoteCommand.of("true"))).isInstanceOf(HostKeyRefusedException.class);
        }
        assertThat(p.asked).containsExactly("hostkey [127.0.0.1]:" + sshd.port + " ssh-ed25519 " + sshd.fingerprint("ed25519"));
        p.acceptHostKey = true;
        try (SshHosts hosts = hosts(sshd.configBlock("h", kh), p, HostKeyPolicy.ASK)) {
            assertThat(hosts.run("h", RemoteCommand.of("echo", "ok")).stdout()).isEqualTo("ok\n");
        }
        assertThat(Files.readAllLines(kh)).containsExactly(sshd.knownHostsLine("ed25519"));
        try (SshHosts strict = hosts(sshd.configBlock("h", kh), Prompter.none(), HostKeyPolicy.STRICT)) {
            assertThat(strict.run("h", RemoteCommand.of("true")).ok()).isTrue();
        }
        // and OpenSSH itself trusts what we recorded
        TestSshd.exec("ssh", "-F", tmp.resolve("ssh_config").toString(), "-o", "BatchMode=yes", "h", "true");
    }

    @Test
    void acceptNewFromSshConfigRecordsWithoutAsking() throws Exception {
        sshd = TestSshd.start(tmp.resolve("sshd"));
        Path kh = tmp.resolve("known_hosts");
        ScriptedPrompter p = new ScriptedPrompter();
        String cfg = sshd.configBlock("h", kh, "StrictHostKeyChecking accept-new");
        try (SshHosts hosts = hosts(cfg, p, null)) {
            assertThat(hosts.run("h", RemoteCommand.of("true")).ok()).isTrue();
        }
        assertThat(p.asked).isEmpty();
        assertThat(Files.readAllLines(kh)).containsExactly(sshd.knownHostsLine("ed25519"));
    }

    @Test
    void regeneratedHostKeyIsRefusedNamingHostBothFingerprintsAndTheOldLine() throws Exception {
        sshd = TestSshd.start(tmp.resolve("sshd"));
        Path kh = tmp.resolve("known_hosts");
        Files.write(kh, List.of("# first line is a comment", "other.example ssh-ed25519 "
                + "AAAAC3NzaC1lZDI1NTE5AAAAIC+2XEiHiYP6Bh+t0NG/gBPnZqSF0D9jX/iygdQtUCV8", sshd.knownHostsLine("ed25519")));
        String oldFp = sshd.fingerprint("ed25519");
        String cfg = sshd.configBlock("h", kh);
        try (SshHosts hosts = hosts(cfg, Prompter.none(), HostKeyPolicy.ACCEPT_NEW)) {
            assertThat(hosts.run("h", RemoteCommand.of("true")).ok()).isTrue();
        }
        sshd.stop();
        sshd.regenerateHostKeys();
        sshd.start();
        String newFp = sshd.fingerprint("ed25519");
        assertThat(newFp).isNotEqualTo(oldFp);
        ScriptedPrompter p = new ScriptedPrompter();
        p.acceptHostKey = true;
        try (SshHosts hosts = hosts(cfg, p, HostKeyPolicy.ACCEPT_NEW)) {
            assertThatThrownBy(() -> hosts.run("h", RemoteCommand.of("true")))
                    .isInstanceOf(HostKeyRefusedException.class)
                    .hasMessageContaining("[127.0.0.1]:" + sshd.port)
                    .hasMessageContaining(oldFp).hasMessageContaining(newFp)
                    .hasMessageContaining(kh + ":3");
        }
        assertThat(p.asked).isEmpty();
        assertThat(Files.readAllLines(kh)).hasSize(3);
    }

    @Test
    void hashedEntryAndOneOfSeveralKeyTypesIsEnough() throws Exception {
        sshd = TestSshd.start(tmp.resolve("sshd"), List.of("ed25519", "ecdsa", "rsa"));
        Path kh = tmp.resolve("known_hosts");
        Files.writeString(kh, sshd.knownHostsLine("ecdsa") + "\n");
        TestSshd.exec("ssh-keygen", "-H", "-f", kh.toString());
        assertThat(Files.readString(kh)).startsWith("|1|").doesNotContain("127.0.0.1");
        try (SshHosts hosts = hosts(sshd.configBlock("h", kh), Prompter.none(), HostKeyPolicy.STRICT)) {
            assertThat(hosts.run("h", RemoteCommand.of("true")).ok()).isTrue();
        }
        Files.writeString(kh, sshd.knownHostsLine("rsa") + "\n");
        try (SshHosts hosts = hosts(sshd.configBlock("h", kh), Prompter.none(), HostKeyPolicy.STRICT)) {
            assertThat(hosts.run("h", RemoteCommand.of("true")).ok()).isTrue();
        }
    }
}
