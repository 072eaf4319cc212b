package io.scitex.console.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.testing.TestCluster;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
        assertThat(hosts.state(TestCluster.ALIAS).status()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(states).extracting(HostState::status).contains(ConnectionState.CONNECTING, ConnectionState.CONNECTED);
    }

    @Test
    void feedsStdin() throws Exception {
        ExecResult r = hosts.run(TestCluster.ALIAS, RemoteCommand.of("wc", "-c").withStdin("héllo\n"));
        assertThat(r.stdout().strip()).isEqualTo("7");
    }

    @Test
    void aScriptOverTheKernelsArgumentLimitRunsWithItsOwnStdinIntact() throws Exception {
        // 3,000 lines of ~100 bytes: ~250 KB, over Linux's 128 KiB cap on one argument (sent as the exec line it
        // failed with "Argument list too long"); the command's own input still reaches it, byte for byte
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            script.append("n=$((n + 1)) # ").append("ü".repeat(40)).append(' ').append(i).append('\n');
        }
        script.append("printf 'lines %s\\n' \"$n\"; sha256sum | cut -d' ' -f1");
        String input = "first line\n" + "x".repeat(100_000) + "\nlast ü\n";
        ExecResult r = hosts.run(TestCluster.ALIAS, RemoteCommand.script(script.toString()).withStdin(input));
        assertThat(r.ok()).as(r.stderr()).isTrue();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(r.stdout()).isEqualTo("lines 3000\n" + sha + "\n");
    }

    @Test
    void timeoutNamesHostAndCommand() {
        assertThatThrownBy(() -> hosts.run(TestCluster.ALIAS,
                RemoteCommand.of("sleep", "5").withTimeout(Duration.ofMillis(700))))
                .isInstanceOf(RemoteException.class)
                .hasMessageContaining(TestCluster.ALIAS).hasMessageContaining("sleep 5").hasMessageContaining("timed out");
    }

    @Test
    void interruptCancelsARunningCommand() throws Exception {
        List<Throwable> thrown = new ArrayList<>();
        Thread t = new Thread(() -> {
            try {
                hosts.run(TestCluster.ALIAS, RemoteCommand.of("sleep", "5"));
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
    void quotingRoundTripsAThousandRandomStringsThroughPrintf() throws Exception {
        Random rnd = new Random(4);
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            all.add(randomNasty(rnd));
        }
        int batch = 40;
        for (int from = 0; from < all.size(); from += batch) {
            List<String> part = all.subList(from, from + batch);
            StringBuilder script = new StringBuilder();
            for (String s : part) {
                script.append(ShellQuote.join(List.of("printf", "%s", s))).append("; printf '\\0'\n");
            }
            ExecResult r = hosts.run(TestCluster.ALIAS, RemoteCommand.script(script.toString()));
            assertThat(r.exitStatus()).as(r.stderr()).isZero();
            List<String> got = List.of(r.stdout().split("\0", -1)).subList(0, batch);
            for (int i = 0; i < batch; i++) {
                assertThat(got.get(i)).as("string %d: %s", from + i, part.get(i)).isEqualTo(part.get(i));
            }
            assertThat(r.stdout()).endsWith("\0");
        }
        assertThat(states).filteredOn(s -> s.status() == ConnectionState.CONNECTED).hasSize(1);
    }

    private static final String NASTY = "'\"$()`\\\n\t *?[]{}~!#&;|<>%-=^@ \r";
    private static final int[] UNICODE = {0xe9, 0x6f22, 0x1f600, 0x301, 0x202e, 0xfeff, 0x3b1, 0x10348};

    private static String randomNasty(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int len = rnd.nextInt(24);
        for (int i = 0; i < len; i++) {
            int k = rnd.nextInt(10);
            if (k < 5) {
                sb.append(NASTY.charAt(rnd.nextInt(NASTY.length())));
            } else if (k < 7) {
                sb.appendCodePoint(UNICODE[rnd.nextInt(UNICODE.length)]);
            } else if (k < 8) {
                sb.append(List.of("$(id)", "`id`", "${HOME}", "'\\''", "$'x'", "*", "\\n").get(rnd.nextInt(7)));
            } else {
                sb.append((char) ('a' + rnd.nextInt(26)));
            }
        }
        return sb.toString();
    }

    @Test
    void fiftyConcurrentCommandsShareOneConnectionWithinMaxSessions() throws Exception {
        int before = (int) states.stream().filter(s -> s.status() == ConnectionState.CONNECTED).count();
        hosts.connect(TestCluster.ALIAS);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<ExecResult>> results = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < 50; i++) {
                String word = "job" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return hosts.run(TestCluster.ALIAS, RemoteCommand.script("sleep 0.3; echo " + ShellQuote.quote(word)));
                }));
            }
            go.countDown();
            for (int i = 0; i < 50; i++) {
                ExecResult r = results.get(i).get(120, TimeUnit.SECONDS);
                assertThat(r.exitStatus()).as(r.stderr()).isZero();
                assertThat(r.stdout()).isEqualTo("job" + i + "\n");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(states.stream().filter(s -> s.status() == ConnectionState.CONNECTED).count()).isEqualTo(Math.max(1, before));
    }

    @Test
    void ptyRunsACommandWithResizeAndExitStatus() throws Exception {
        try (RemotePty pty = hosts.openPty(TestCluster.ALIAS, RemoteCommand.script(
                "stty size; read line; stty size; echo got:$line; exit 7"), 100, 30)) {
            BufferedReader out = new BufferedReader(new InputStreamReader(pty.output(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("30 100");
            pty.resize(120, 40);
            Thread.sleep(300);
            pty.input().write("hello\r".getBytes(StandardCharsets.UTF_8));
            pty.input().flush();
            StringBuilder seen = new StringBuilder();
            String l;
            while ((l = out.readLine()) != null) {
                seen.append(l).append('\n');
            }
            assertThat(seen.toString()).contains("40 120").contains("got:hello");
            assertThat(pty.waitFor(Duration.ofSeconds(10))).isEqualTo(7);
            assertThat(pty.isOpen()).isFalse();
        }
    }

    @Test
    void closingAPtyEndsItsRemoteProgram() throws Exception {
        String marker = "sac-pty-" + UUID.randomUUID();
        String pattern = "[s]" + marker.substring(1); // matches the program, not pgrep's own command line
        RemotePty pty = hosts.openPty(TestCluster.ALIAS, List.of("bash", "-c", "echo started; sleep 300; : " + marker),
                80, 24);
        BufferedReader out = new BufferedReader(new InputStreamReader(pty.output(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("started");
        assertThat(hosts.run(TestCluster.ALIAS, RemoteCommand.of("pgrep", "-f", pattern)).exitStatus()).isZero();
        pty.close();
        assertThat(pty.isOpen()).isFalse();
        boolean gone = false;
        for (int i = 0; i < 50 && !gone; i++) {
            gone = hosts.run(TestCluster.ALIAS, RemoteCommand.of("pgrep", "-f", pattern)).exitStatus() == 1;
            if (!gone) {
                Thread.sleep(100);
            }
        }
        assertThat(gone).as("remote program of a closed terminal has ended").isTrue();
    }

    @Test
    void loginBannersAndOutputAreReturnedUntouched() throws Exception {
        ExecResult r = hosts.run(TestCluster.ALIAS, RemoteCommand.script("printf 'DISPLAY: x\\r\\nno newline'"));
        assertThat(r.stdout()).isEqualTo("DISPLAY: x\r\nno newline");
    }
}
