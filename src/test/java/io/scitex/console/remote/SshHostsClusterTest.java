package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.testing.TestCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Exec over the cluster's {@code sac-test} alias through the shared connection. */
@Tag(TestCluster.TAG)
class SshHostsClusterTest {
    private static SshHosts hosts;
    private static final List<HostState> states = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void open() {
        hosts = TestCluster.hosts();
        hosts.addListener(states::add);
    }

    @AfterAll
    static void close() {
        hosts.close();
    }

    @Test
    void runsAnArgvCommandWithStdoutStderrAndStatus() throws Exception {
        ExecResult r = hosts.run(TestCluster.ALIAS,
                RemoteCommand.script("echo out; echo err >&2; exit 3"));
        assertThat(r.exitStatus()).isEqualTo(3);
        assertThat(r.stdout()).isEqualTo("out\n");
        assertThat(r.stderr()).isEqualTo("err\n");
        assertThat(r.command()).isEqualTo("bash -lc 'echo out; echo err >&2; exit 3'");
        assertThat(hosts.state(TestCluster.ALIAS).status()).isEqualTo(HostStatus.CONNECTED);
        assertThat(states).extracting(HostState::status).contains(HostStatus.CONNECTING, HostStatus.CONNECTED);
    }

    @Test
    void feedsStdin() throws Exception {
        ExecResult r = hosts.run(TestCluster.ALIAS, RemoteCommand.of("wc", "-c").withStdin("héllo\n"));
        assertThat(r.stdout().strip()).isEqualTo("7");
    }

    @Test
    void timeoutNamesHostAndCommand() {
        assertThatThrownBy(() -> hosts.run(TestCluster.ALIAS,
                RemoteCommand.of("sleep", "30").withTimeout(Duration.ofMillis(700))))
                .isInstanceOf(RemoteException.class)
                .hasMessageContaining(TestCluster.ALIAS).hasMessageContaining("sleep 30").hasMessageContaining("timed out");
    }

    @Test
    void interruptCancelsARunningCommand() throws Exception {
        List<Throwable> thrown = new ArrayList<>();
        Thread t = new Thread(() -> {
            try {
                hosts.run(TestCluster.ALIAS, RemoteCommand.of("sleep", "30"));
            } catch (RemoteException e) {
                thrown.add(e);
            }
        });
        t.start();
        Thread.sleep(500);
        t.interrupt();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(thrown).singleElement().extracting(Throwable::getMessage).asString().contains("cancelled");
    }

    @Test
    void loginBannersAndOutputAreReturnedUntouched() throws Exception {
        ExecResult r = hosts.run(TestCluster.ALIAS, RemoteCommand.script("printf 'DISPLAY: x\\r\\nno newline'"));
        assertThat(r.stdout()).isEqualTo("DISPLAY: x\r\nno newline");
    }
}
