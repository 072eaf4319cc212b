package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Resolves configs with {@link SshConfig} and with OpenSSH's own {@code ssh -G} (plus {@code ssh -v} for the
 * identity files after token expansion, which {@code -G} prints unexpanded) and compares every field.
 */
class SshConfigOpenSshTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> configs() {
        return Stream.of(
                Arguments.of("basic", """
                        Host alpha
                          HostName 10.1.2.3
                          User alice
                          Port 2201
                          IdentityFile ~/.ssh/alpha_key
                        """, List.of("alpha", "beta")),
                Arguments.of("wildcards-first-match", """
                        Host web?
                          Port 8022
                        Host *.corp
                          User corp
                          Port 2022
                        Host web1
                          User never-used-port-already-set
                        Host *
                          User fallback
                          HostName %h.example.org
                        """, List.of("web1", "webX", "a.corp", "web12", "other")),
                Arguments.of("negation", """
                        Host *.corp !bad.corp !worse.*
                          User insider
                        Host !skip *
                          Port 2999
                        """, List.of("a.corp", "bad.corp", "worse.corp", "skip", "plain")),
                Arguments.of("several-identity-files-and-tokens", """
                        Host box*
                          IdentityFile ~/.ssh/id_%h_%r
                          IdentityFile %d/keys/%u-%n-%p
                          User rob
                        Host *
                          IdentityFile /etc/keys/%%literal-%h
                          HostName %h.lab
                          IdentityFile @DIR@/k_%r_%u
                        """, List.of("box1", "elsewhere")),
                Arguments.of("include", """
                        Include @DIR@/include-top.conf
                        Host cond
                          Include @DIR@/include-cond.conf
                        Host *
                          Include @DIR@/conf.d/*.conf
                          User last
                        """, List.of("cond", "x1", "zz", "other")),
                Arguments.of("proxyjump-chain", """
                        Host target
                          ProxyJump bastion1,bob@bastion2:2022
                        Host uri
                          ProxyJump ssh://carol@gw:2200
                        Host both
                          ProxyCommand nc %h %p
                          ProxyJump ignored
                        Host both2
                          ProxyJump first
                          ProxyCommand ignored %h
                        Host direct
                          ProxyJump none
                        Host *
                          ProxyJump default-gw
                        """, List.of("target", "uri", "both", "both2", "direct", "anything")),
                Arguments.of("timeouts", """
                        Host t1
                          ConnectTimeout 7
                          ServerAliveInterval 1m30s
                          ServerAliveCountMax 5
                        Host t2
                          ServerAliveInterval 15
                        Host *
                          ConnectTimeout 20
                          ServerAliveInterval 60
                        """, List.of("t1", "t2", "t3")),
                Arguments.of("syntax", """
                        # comment line
                        HOST   syn
                          HostName=real.example
                          PORT = 2022
                          IdentityFile "@DIR@/with space/key"
                          user	tabbed
                        """, List.of("syn")),
                Arguments.of("host-key-options", """
                        Host s1
                          StrictHostKeyChecking yes
                          IdentitiesOnly yes
                          UserKnownHostsFile ~/kh/%h_%p_%r @DIR@/kh2
                        Host s2
                          StrictHostKeyChecking no
                          GlobalKnownHostsFile @DIR@/global
                        Host s3
                          StrictHostKeyChecking accept-new
                          UserKnownHostsFile none
                        Host s4
                          StrictHostKeyChecking ask
                        """, List.of("s1", "s2", "s3", "s4", "s5")),
                Arguments.of("case-and-multi-pattern", """
                        Host Mixed other-name
                          HostName %h.Example.ORG
                          Port 2200
                        Host mixed
                          User lower
                        """, List.of("Mixed", "mixed", "other-name", "MIXED")),
                Arguments.of("match", """
                        Host m1
                          HostName inner.example
                        Match host inner.example
                          User matched-by-hostname
                        Match originalhost m2 user root
                          Port 2345
                        Match !host *.nowhere
                          ConnectTimeout 9
                        Match all
                          ServerAliveInterval 33
                        """, List.of("m1", "m2", "m3")),
                Arguments.of("global-options-before-host", """
                        User global
                        Port 2022
                        Host g1
                          User not-applied
                          Port 1
                        """, List.of("g1", "g2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configs")
    void resolvesLikeOpenSsh(String name, String text, List<String> aliases) throws Exception {
        writeIncludes();
        Path file = dir.resolve(name + ".conf");
        Files.writeString(file, text.replace("@DIR@", dir.toString()));
        SshConfig config = SshConfig.load(file);
        for (String alias : aliases) {
            Map<String, List<String>> g = sshG(file, alias);
            HostConfig h = config.resolve(alias);
            String at = name + " / " + alias + ": ";
            assertThat(h.hostName()).as(at + "hostname").isEqualTo(one(g, "hostname"));
            assertThat(h.user()).as(at + "user").isEqualTo(one(g, "user"));
            assertThat(String.valueOf(h.port())).as(at + "port").isEqualTo(one(g, "port"));
            assertThat(h.proxyJump()).as(at + "proxyjump").isEqualTo(jumps(g));
            assertThat(h.proxyCommand()).as(at + "proxycommand").isEqualTo(optional(g, "proxycommand"));
            assertThat(h.connectTimeout() == null ? "none" : String.valueOf(h.connectTimeout().toSeconds()))
                    .as(at + "connecttimeout").isEqualTo(one(g, "connecttimeout"));
            assertThat(String.valueOf(h.serverAliveInterval().toSeconds())).as(at + "serveraliveinterval")
                    .isEqualTo(one(g, "serveraliveinterval"));
            assertThat(String.valueOf(h.serverAliveCountMax())).as(at + "serveralivecountmax")
                    .isEqualTo(one(g, "serveralivecountmax"));
            assertThat(h.strictHostKeyChecking()).as(at + "stricthostkeychecking")
                    .isEqualTo(one(g, "stricthostkeychecking"));
            assertThat(h.identitiesOnly() ? "yes" : "no").as(at + "identitiesonly").isEqualTo(one(g, "identitiesonly"));
            assertThat(joined(h.userKnownHostsFiles())).as(at + "userknownhostsfile")
                    .isEqualTo(one(g, "userknownhostsfile"));
            assertThat(joined(h.globalKnownHostsFiles())).as(at + "globalknownhostsfile")
                    .isEqualTo(one(g, "globalknownhostsfile"));
            assertThat(h.identityFiles().stream().map(Path::toString).toList()).as(at + "identity files")
                    .isEqualTo(identityFilesTried(file, alias));
        }
    }

    private static void writeIncludes() throws IOException {
        Files.writeString(dir.resolve("include-top.conf"), "Host x*\n  Port 7001\n  User from-top-include\n");
        Files.writeString(dir.resolve("include-cond.conf"), "User cond-user\nHost x*\n  Port 7002\n");
        Files.createDirectories(dir.resolve("conf.d"));
        Files.writeString(dir.resolve("conf.d/20-b.conf"), "Port 7020\nUser from-20\n");
        Files.writeString(dir.resolve("conf.d/10-a.conf"), "Host zz\n  User from-10\n");
        Files.writeString(dir.resolve("conf.d/ignored.txt"), "Port 1\n");
    }

    private static List<JumpHost> jumps(Map<String, List<String>> g) {
        String v = optional(g, "proxyjump");
        return v == null ? List.of() : Stream.of(v.split(",")).map(JumpHost::parse).toList();
    }

    private static String joined(List<Path> paths) {
        return paths.isEmpty() ? "none" : paths.stream().map(Path::toString).collect(Collectors.joining(" "));
    }

    private static String one(Map<String, List<String>> g, String key) {
        List<String> v = g.get(key);
        return v == null ? null : v.get(0);
    }

    private static String optional(Map<String, List<String>> g, String key) {
        return one(g, key);
    }

    private static Map<String, List<String>> sshG(Path file, String alias) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : run("ssh", "-G", "-F", file.toString(), alias)) {
            int sp = line.indexOf(' ');
            if (sp > 0) {
                out.computeIfAbsent(line.substring(0, sp), k -> new ArrayList<>()).add(line.substring(sp + 1));
            }
        }
        assertThat(out).as("ssh -G output for " + alias).containsKey("hostname");
        return out;
    }

    /** ssh -v prints each identity file after expansion; a dummy ProxyCommand stops it before any network. */
    private static List<String> identityFilesTried(Path file, String alias) throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : run("ssh", "-v", "-F", file.toString(), "-o", "ProxyCommand=true", "-o", "BatchMode=yes",
                alias, "true")) {
            if (line.startsWith("debug1: identity file ")) {
                String f = line.substring("debug1: identity file ".length(), line.lastIndexOf(" type "));
                if (!f.endsWith("-cert")) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static List<String> run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(
                new java.io.File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as(String.join(" ", cmd)).isTrue();
        return List.of(new String(out, StandardCharsets.UTF_8).split("\n"));
    }
}
