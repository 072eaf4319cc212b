package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cluster's sshd reached through a private jump sshd on another loopback port, and through a chain of two hops. */
@Tag(TestCluster.TAG)
class ProxyJumpClusterTest {
    @TempDir
    Path tmp;

    @Test
    void reachesTheClusterThroughOneAndTwoJumpHosts() throws Exception {
        try (TestSshd jump = TestSshd.start(tmp.resolve("jump"))) {
            Path kh = tmp.resolve("known_hosts");
            Files.writeString(kh, jump.knownHostsLine("ed25519") + "\n" + Files.readString(TestCluster.knownHosts()));
            String cluster = Files.readString(TestCluster.sshConfig());
            String cfg = jump.configBlock("jump", kh)
                    + "Host via-one\n  ProxyJump jump\n"
                    + "Host via-two\n  ProxyJump jump,root@jump2\n"
                    + "Host jump2\n  HostName 127.0.0.1\n  Port " + jump.port + "\n  IdentityFile "
                    + TestCluster.clientKey() + "\n  UserKnownHostsFile " + kh + "\n"
                    + "Host via-*\n" + cluster.substring(cluster.indexOf("Host sac-test") + "Host sac-test".length());
            Path file = tmp.resolve("ssh_config");
            Files.writeString(file, cfg);
            try (SshHosts hosts = new SshHosts(SshConfig.load(file), Prompter.none(),
                    SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.STRICT))) {
                assertThat(hosts.run("via-one", RemoteCommand.of("sinfo", "-h", "-o", "%P")).stdout())
                        .contains("cascade");
                assertThat(directTcpipRequests(jump)).isEqualTo(1);
                assertThat(hosts.run("via-two", RemoteCommand.of("echo", "two hops")).stdout()).isEqualTo("two hops\n");
                // hop 1 -> hop 2 (the jump sshd again) -> the cluster: two more forwards through the jump sshd
                assertThat(directTcpipRequests(jump)).isEqualTo(3);
            }
        }
    }

    private static long directTcpipRequests(TestSshd sshd) throws Exception {
        return sshd.log().lines().filter(l -> l.contains("server_request_direct_tcpip")).count();
    }
}
