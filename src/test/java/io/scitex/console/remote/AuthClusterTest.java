package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key types, an encrypted key through the passphrase callback, and keyboard-interactive through the prompter. */
@Tag(TestCluster.TAG)
class AuthClusterTest {
    @TempDir
    Path tmp;

    private Path config(TestSshd sshd, Path key, String user) throws Exception {
        Path kh = tmp.resolve("known_hosts");
        Files.writeString(kh, sshd.knownHostsLine("ed25519") + "\n");
        String block = sshd.configBlock("h", kh, key == null ? "PreferredAuthentications keyboard-interactive" : "IdentityFile " + key, "User " + user);
        Path cfg = tmp.resolve("ssh_config");
        Files.writeString(cfg, block);
        return cfg;
    }

    private Path newKey(TestSshd sshd, String type, String passphrase) throws Exception {
        Path key = tmp.resolve("id_" + type);
        TestSshd.exec("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "test", "-f", key.toString());
        Files.writeString(sshd.dir.resolve("authorized_keys"), Files.readString(Path.of(key + ".pub")),
                StandardOpenOption.APPEND);
        return key;
    }

    @Test
    void ed25519EcdsaAndRsaKeysLogIn() throws Exception {
        try (TestSshd sshd = TestSshd.start(tmp.resolve("sshd"))) {
            Files.writeString(sshd.dir.resolve("authorized_keys"), ""); // only the new keys, not the cluster's
            for (String type : List.of("ed25519", "ecdsa", "rsa")) {
                Path key = newKey(sshd, type, "");
                Path cfg = config(sshd, key, "root");
                Files.writeString(cfg, Files.readString(cfg).replace("IdentityFile " + TestCluster.clientKey(), ""));
                try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), Prompter.none())) {
                    assertThat(hosts.run("h", RemoteCommand.of("echo", type)).stdout()).as(type).isEqualTo(type + "\n");
                }
                assertThat(sshd.log()).contains("Accepted publickey for root");
            }
        }
    }

    @Test
    void encryptedKeyAsksItsPassphraseOnceAcrossCommandsAndReconnects() throws Exception {
        try (TestSshd sshd = TestSshd.start(tmp.resolve("sshd"))) {
            Files.writeString(sshd.dir.resolve("authorized_keys"), "");
            Path key = newKey(sshd, "ecdsa", "correct horse");
            Files.delete(Path.of(key + ".pub")); // the public half must come from the encrypted file itself
            Path cfg = config(sshd, key, "root");
            Files.writeString(cfg, Files.readString(cfg).replace("IdentityFile " + TestCluster.clientKey(), ""));
            ScriptedPrompter wrong = new ScriptedPrompter();
            wrong.passphrase = "wrong";
            try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), wrong)) {
                assertThatThrownBy(() -> hosts.run("h", RemoteCommand.of("true")))
                        .isInstanceOf(RemoteException.class).hasMessageContaining("authentication as root failed");
            }
            ScriptedPrompter p = new ScriptedPrompter();
            p.passphrase = "correct horse";
            try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), p)) {
                for (int i = 0; i < 3; i++) {
                    assertThat(hosts.run("h", RemoteCommand.of("echo", "x")).stdout()).isEqualTo("x\n");
                }
                sshd.stop();
                sshd.start();
                String out = null;
                for (int i = 0; i < 50 && out == null; i++) {
                    try {
                        out = hosts.run("h", RemoteCommand.of("echo", "again")).stdout();
                    } catch (RemoteException e) {
                        Thread.sleep(200);
                    }
                }
                assertThat(out).isEqualTo("again\n");
            }
            assertThat(p.asked).containsExactly("passphrase id_ecdsa");
        }
    }

    @Test
    void keysHeldByAnSshAgentLogIn() throws Exception {
        try (TestSshd sshd = TestSshd.start(tmp.resolve("sshd"))) {
            Files.writeString(sshd.dir.resolve("authorized_keys"), "");
            Path sock = tmp.resolve("agent.sock");
            Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", sock.toString()).redirectErrorStream(true).start();
            try {
                for (int i = 0; i < 100 && !Files.exists(sock); i++) {
                    Thread.sleep(50);
                }
                for (String type : List.of("rsa", "ed25519")) {
                    Path key = newKey(sshd, type, "");
                    ProcessBuilder add = new ProcessBuilder("ssh-add", key.toString()).redirectErrorStream(true);
                    add.environment().put("SSH_AUTH_SOCK", sock.toString());
                    Process p = add.start();
                    p.getInputStream().readAllBytes();
                    assertThat(p.waitFor()).isZero();
                    Files.delete(key); // only the agent holds it now
                    Files.delete(Path.of(key + ".pub"));
                    Files.writeString(sshd.dir.resolve("authorized_keys"), Files.readString(sshd.dir.resolve("authorized_keys"))
                            .lines().reduce((a, b) -> b).orElseThrow() + "\n");
                    Path kh = tmp.resolve("known_hosts");
                    Files.writeString(kh, sshd.knownHostsLine("ed25519") + "\n");
                    Path cfg = tmp.resolve("ssh_config");
                    Files.writeString(cfg, "Host h\n  HostName 127.0.0.1\n  Port " + sshd.port + "\n  User root\n"
                            + "  IdentityFile " + tmp.resolve("no-such-key") + "\n  IdentityAgent " + sock + "\n"
                            + "  UserKnownHostsFile " + kh + "\n");
                    try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), Prompter.none())) {
                        assertThat(hosts.run("h", RemoteCommand.of("echo", type)).stdout()).isEqualTo(type + "\n");
                    }
                }
                assertThat(sshd.log()).contains("Accepted publickey for root from 127.0.0.1").contains("RSA SHA256:")
                        .contains("ED25519 SHA256:");
            } finally {
                agent.destroy();
                agent.waitFor();
            }
        }
    }

    @Test
    void keyboardInteractiveLoginGoesThroughThePrompter() throws Exception {
        String user = "sacki" + Integer.toString(new Random().nextInt(1 << 30), 36);
        String password = "pw-" + Long.toString(new Random().nextLong() & Long.MAX_VALUE, 36);
        TestSshd.exec("useradd", "-m", "-s", "/bin/bash", user);
        try {
            TestSshd.exec("sh", "-c", "echo '" + user + ":" + password + "' | chpasswd");
            try (TestSshd sshd = TestSshd.start(tmp.resolve("sshd"), "KbdInteractiveAuthentication yes",
                    "UsePAM yes", "AuthenticationMethods keyboard-interactive")) {
                Path cfg = config(sshd, null, user);
                ScriptedPrompter wrong = new ScriptedPrompter();
                wrong.kbdAnswers = List.of("not-it");
                try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), wrong)) {
                    assertThatThrownBy(() -> hosts.run("h", RemoteCommand.of("true"))).isInstanceOf(RemoteException.class);
                }
                ScriptedPrompter p = new ScriptedPrompter();
                p.kbdAnswers = List.of(password);
                try (SshHosts hosts = new SshHosts(SshConfig.load(cfg), p)) {
                    assertThat(hosts.run("h", RemoteCommand.of("whoami")).stdout()).isEqualTo(user + "\n");
                    assertThat(hosts.run("h", RemoteCommand.of("whoami")).stdout()).isEqualTo(user + "\n");
                }
                assertThat(p.asked).singleElement().asString().startsWith("kbd h [").containsIgnoringCase("password");
                assertThat(sshd.log()).contains("Accepted keyboard-interactive/pam for " + user);
            }
        } finally {
            TestSshd.exec("userdel", "-r", "-f", user);
        }
    }
}
