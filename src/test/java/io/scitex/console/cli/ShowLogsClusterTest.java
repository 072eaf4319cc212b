package io.scitex.console.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.remote.SshHosts;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.testing.BurstClaude;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sac show-logs} reads the lossless output log: {@code -f} prints a 10,000-line burst once, in order, and
 * Ctrl-C ends it cleanly (exit 0, nothing on stderr, no stream left on the host).
 */
@Tag(TestCluster.TAG)
class ShowLogsClusterTest {
    @TempDir
    Path home;

    @Test
    void followPrintsABurstOfTenThousandLinesOnceInOrderEndsCleanlyOnCtrlCAndTheLastLinesAfter() throws Exception {
        String rand = UUID.randomUUID().toString().substring(0, 8);
        String pool = "sl-" + rand;
        String name = "sl-" + rand;
        Sac sac = new Sac(home);
        try (SshHosts ssh = TestCluster.hosts()) {
            BurstClaude claude = BurstClaude.install(ssh, TestCluster.ALIAS, "c" + rand);
            Files.createDirectories(sac.agents().resolve(name));
            Files.writeString(sac.agents().resolve(name).resolve(name + ".yaml"), """
                    apiVersion: scitex-agent-container/v3
                    kind: Agent
                    spec:
                      runtime: slurm-tenant
                      slurm:
                        reservation: %s
                      env:
                        PATH: "%s"
                    """.formatted(pool, claude.path()));
            try {
                Sac.Result booked = sac.run("reservations", "book", pool, "--cpus", "1", "--mem", "100M", "--time",
                        "00:10:00", "--tmux-server", "sac");
                assertThat(booked.exit()).as(booked.toString()).isZero();
                Sac.Result started = sac.run("start", name);
                assertThat(started.exit()).as(started.toString()).isZero();

                Sac.Running follow = sac.start("show-logs", name, "-f");
                LocalJobs.await(() -> follow.out().toString(), o -> o.contains("red plain\n"),
                        Duration.ofSeconds(30), "the banner; stderr: " + follow.err());
                claude.burst(1, 10_000);
                LocalJobs.await(() -> BurstClaude.numbers(follow.out().toString().lines().toList()).size(),
                        n -> n >= 10_000, Duration.ofSeconds(60), "10,000 lines");
                Thread.sleep(1500); // a repeated line would come now
                follow.stop(); // Ctrl-C
                assertThat(follow.thread().isAlive()).as("show-logs -f ended").isFalse();
                assertThat(follow.exit().getNow(-1)).as("Ctrl-C exits 0; stderr: " + follow.err()).isZero();
                assertThat(follow.err().toString()).as("no internal error").isEmpty();
                LocalJobs.await(() -> streams(claude, name), n -> n == 0, Duration.ofSeconds(10),
                        "no log stream left on the host after Ctrl-C");
                String out = follow.out().toString();
                assertThat(BurstClaude.numbers(out.lines().toList())).isEqualTo(BurstClaude.range(1, 10_000));
                assertThat(out).startsWith("ready\nred plain\n").doesNotContain("\u001b", "\r");

                Sac.Result last = sac.run("show-logs", name, "-n", "3");
                assertThat(last.exit()).as(last.toString()).isZero();
                assertThat(last.out()).isEqualTo("line 9998\nline 9999\nline 10000\n");
            } finally {
                sac.run("stop", name);
                sac.run("reservations", "release", pool);
                claude.remove();
            }
        }
    }

    /** The host's processes streaming this agent's output log. */
    private static int streams(BurstClaude claude, String agent) {
        try {
            return claude.processesWith(OutputLog.path(agent));
        } catch (io.scitex.console.remote.RemoteException e) {
            throw new IllegalStateException(e);
        }
    }
}
