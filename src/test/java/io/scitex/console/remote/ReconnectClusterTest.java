package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A private sshd is stopped, restarted and frozen under a live shared connection. */
@Tag(TestCluster.TAG)
class ReconnectClusterTest {
    private static final Duration KEEPALIVE = Duration.ofSeconds(2);

    @TempDir
    Path tmp;
    private TestSshd sshd;
    private SshHosts hosts;
    private final BlockingQueue<HostState> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        sshd = TestSshd.start(tmp.resolve("sshd"));
        Path kh = tmp.resolve("known_hosts");
        Files.writeString(kh, sshd.knownHostsLine("ed25519") + "\n");
        Path cfg = tmp.resolve("ssh_config");
        Files.writeString(cfg, sshd.configBlock("h", kh));
        hosts = new SshHosts(SshConfig.load(cfg), Prompter.none(),
                SshOptions.defaults().withHostKeyPolicy(HostKeyPolicy.STRICT).withKeepAlive(KEEPALIVE));
        hosts.addListener(events::add);
        assertThat(hosts.run("h", RemoteCommand.of("true")).ok()).isTrue();
        assertThat(next()).extracting(HostState::status).isEqualTo(ConnectionState.CONNECTING);
        assertThat(next()).extracting(HostState::status).isEqualTo(ConnectionState.CONNECTED);
    }

    @AfterEach
    void stop() throws Exception {
        hosts.close();
        sshd.close();
    }

    @Test
    void sshdStoppedMidCommandFailsTheCommandThenReconnectsByItselfWhenItIsBack() throws Exception {
        Duration timeout = Duration.ofSeconds(20);
        long t0 = System.nanoTime();
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(1000);
                sshd.stop();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        stopper.start();
        assertThatThrownBy(() -> hosts.run("h", RemoteCommand.of("sleep", "60").withTimeout(timeout)))
                .isInstanceOf(RemoteException.class).hasMessageContaining("h: ").hasMessageContaining("sleep 60");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(timeout);
        stopper.join();
        HostState down = next();
        assertThat(down.status()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(down.reason()).isNotBlank();
        assertThat(hosts.state("h").status()).isNotEqualTo(ConnectionState.CONNECTED);

        sshd.start();
        HostState s;
        do {
            s = next();
        } while (s.status() != ConnectionState.CONNECTED);
        assertThat(hosts.state("h").status()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(hosts.run("h", RemoteCommand.of("echo", "back")).stdout()).isEqualTo("back\n");
    }

    @Test
    void aSilentlyDeadLinkIsNoticedWithinOneKeepaliveInterval() throws Exception {
        sshd.freezeConnections(true);
        long t0 = System.nanoTime();
        HostState down = next();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        sshd.freezeConnections(false);
        assertThat(down.status()).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(down.reason()).contains("keepalive");
        assertThat(took).isLessThanOrEqualTo(KEEPALIVE.plusMillis(500));
        HostState s;
        do {
            s = next();
        } while (s.status() != ConnectionState.CONNECTED);
        assertThat(hosts.run("h", RemoteCommand.of("true")).ok()).isTrue();
    }

    private HostState next() throws InterruptedException {
        HostState s = events.poll(60, TimeUnit.SECONDS);
        assertThat(s).as("a host state event within 60 s; log: " + List.of()).isNotNull();
        return s;
    }
}
