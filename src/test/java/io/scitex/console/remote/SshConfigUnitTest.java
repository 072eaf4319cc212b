package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pure parsing rules of the ssh_config layer: errors with positions, patterns, hops, times, tokens. */
class SshConfigUnitTest {
    @TempDir
    Path tmp;

    private final LocalUser alice = new LocalUser("alice", "/home/alice", "laptop.example", "1000");

    private SshConfig config(String text) throws Exception {
        Path f = tmp.resolve("config");
        Files.writeString(f, text);
        return SshConfig.load(f, alice);
    }

    @Test
    void badValuesNameFileLineColumnAndKeyword() throws Exception {
        SshConfig c = config("Host a\n  Port nope\nHost b\n    ServerAliveInterval 5x\n");
        assertThatThrownBy(() -> c.resolve("a")).isInstanceOf(SshConfigException.class)
                .hasMessage(tmp.resolve("config") + ":2:3: port: not a number: 'nope'");
        assertThatThrownBy(() -> c.resolve("b")).hasMessage(tmp.resolve("config") + ":4:5: serveraliveinterval: bad time value '5x'");
        SshConfig q = config("Host q\n  HostName \"x\n");
        assertThatThrownBy(() -> q.resolve("q")).hasMessage(tmp.resolve("config") + ":2:12: hostname: unterminated quote");
    }

    @Test
    void unknownTokenIsAnErrorNamingTheLine() throws Exception {
        SshConfig c = config("Host a\n  IdentityFile ~/.ssh/%Z\n");
        assertThatThrownBy(() -> c.resolve("a")).hasMessageContaining(":2:3: identityfile: unknown or unsupported token '%Z'");
    }

    @Test
    void tokensExpandForTheLocalAndRemoteSide() throws Exception {
        HostConfig h = config("Host a\n  HostName real.%h\n  User bob\n  Port 2022\n"
                + "  IdentityFile ~/k/%u@%l-%L-%i-%n-%h-%r-%p-%%\n").resolve("a");
        assertThat(h.identityFiles()).containsExactly(
                Path.of("/home/alice/k/alice@laptop.example-laptop-1000-a-real.a-bob-2022-%"));
    }

    @Test
    void defaultsAreOpenSshs() throws Exception {
        HostConfig h = config("").resolve("Some.Host");
        assertThat(h.hostName()).isEqualTo("some.host");
        assertThat(h.user()).isEqualTo("alice");
        assertThat(h.port()).isEqualTo(22);
        assertThat(h.identityFiles()).first().isEqualTo(Path.of("/home/alice/.ssh/id_rsa"));
        assertThat(h.strictHostKeyChecking()).isEqualTo("ask");
        assertThat(h.serverAliveInterval()).isEqualTo(Duration.ZERO);
        assertThat(h.connectTimeout()).isNull();
        assertThat(h.identityAgent()).isNull();
    }

    @Test
    void aliasesListsLiteralHostNames() throws Exception {
        assertThat(config("Host a b*\nHost !c d\nHost a\n").aliases()).containsExactly("a", "d");
    }

    @Test
    void hostPatterns() {
        assertThat(HostPattern.glob("web12", "web?")).isFalse();
        assertThat(HostPattern.glob("web1", "web?")).isTrue();
        assertThat(HostPattern.glob("a.b.corp", "*.corp")).isTrue();
        assertThat(HostPattern.hostLine("x.corp", List.of("*.corp", "!x.*"))).isFalse();
        assertThat(HostPattern.hostLine("y.corp", List.of("!x.*", "*.corp"))).isTrue();
        assertThat(HostPattern.hostNameList("[Host]:22", "[host]:22,other")).isTrue();
    }

    @Test
    void jumpHostSpecs() {
        assertThat(JumpHost.parse("gw")).isEqualTo(new JumpHost(null, "gw", -1));
        assertThat(JumpHost.parse("bob@gw:2022")).isEqualTo(new JumpHost("bob", "gw", 2022));
        assertThat(JumpHost.parse("ssh://carol@gw:2200")).isEqualTo(new JumpHost("carol", "gw", 2200));
        assertThat(JumpHost.parse("[::1]:22")).isEqualTo(new JumpHost(null, "::1", 22));
        assertThatThrownBy(() -> JumpHost.parse("gw:0")).hasMessageContaining("bad port '0'");
    }

    @Test
    void times() {
        assertThat(SshTime.parse("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(SshTime.parse("1h2m3s")).isEqualTo(Duration.ofSeconds(3723));
        assertThat(SshTime.parse("1W")).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void policiesFollowStrictHostKeyChecking() {
        assertThat(HostKeyPolicy.fromStrictHostKeyChecking("true")).isEqualTo(HostKeyPolicy.STRICT);
        assertThat(HostKeyPolicy.fromStrictHostKeyChecking("ask")).isEqualTo(HostKeyPolicy.ASK);
        assertThat(HostKeyPolicy.fromStrictHostKeyChecking("accept-new")).isEqualTo(HostKeyPolicy.ACCEPT_NEW);
        assertThat(HostKeyPolicy.fromStrictHostKeyChecking("false")).isEqualTo(HostKeyPolicy.ACCEPT_NEW);
    }
}
