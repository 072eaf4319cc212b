package io.scitex.console.runtime;

import io.scitex.console.testing.ClusterClaude;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.runtime.TenantResult.Status;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.slurm.ReservationScript;
import io.scitex.console.slurm.Specs;
import io.scitex.console.testing.TestCluster;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A booked reservation on the local cluster, with tenants started, swept and stopped by the batch commands. */
@Tag(TestCluster.TAG)
class ReservationTenantClusterTest {
    private static final Duration ALLOCATION = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void bookStartSweepStop() throws Exception {
        String rand = UUID.randomUUID().toString().substring(0, 8);
        String name = "rt-" + rand;
        LocalJobs jobs = new LocalJobs(dir);
        BookRequest req = BookRequest.of(name, TestCluster.ALIAS).withResources(1, "100M", "00:10:00")
                .withTmuxServer("sac");
        String jobId = jobs.submit(name, ReservationScript.render(req), List.of());
        try {
            JobRef ref = jobs.awaitJob(jobId, j -> j.isPresent() && j.get().isAllocated(), ALLOCATION);
            assertThat(jobs.run(LocalJobs.inJob(jobId, "tmux", "-L", "sac", "has-session", "-t", "_root")).exitStatus())
                    .isZero();
            Lease lease = new Lease(req.leaseId(), name, req.host(), jobId, ref.node(), false, "", "",
                    Map.of(Lease.TMUX_SERVER, "sac"));

            String flag = "--x'; touch /tmp/pwned-" + rand + "; '";
            List<AgentSpec> agents = List.of(tenant("a", List.of()), tenant("b", List.of()), tenant("c", List.of(flag)));
            List<TenantOp> ops = agents.stream().map(a -> TenantOp.start(a, false)).toList();
            assertThat(statuses(jobs.run(TenantCommands.start(lease, agents, false)), ops))
                    .containsExactly(Status.STARTED, Status.STARTED, Status.STARTED);
            assertThat(sessions(jobs, jobId)).contains("_root", "sac-a", "sac-b", "sac-c");
            assertThat(statuses(jobs.run(TenantCommands.start(lease, agents, false)), ops))
                    .containsExactly(Status.EXISTS, Status.EXISTS, Status.EXISTS);
            assertThat(statuses(jobs.run(TenantCommands.start(lease, agents.subList(0, 1), true)), ops.subList(0, 1)))
                    .containsExactly(Status.RESTARTED);

            for (String n : List.of("a", "b")) {
                awaitPane(jobs, lease, n, "agent: " + n + "\n>");
            }
            String c = awaitPane(jobs, lease, "c", "agent: c\n>");
            assertThat(c.replace("\n", "")).contains("args: [--model] [sonnet] " + ClusterClaude.HOOK_ARGS + "[" + flag + "]")
                    .contains("agent: c").contains("cwd: " + dir.resolve("work dir").resolve("c"));
            assertThat(Path.of("/tmp/pwned-" + rand)).doesNotExist();

            sweeps(jobs, lease);

            assertThat(statuses(jobs.run(TenantCommands.stop(lease, List.of("a"))), List.of(TenantOp.stop("a"))))
                    .containsExactly(Status.STOPPED);
            assertThat(statuses(jobs.run(TenantCommands.stop(lease, List.of("a", "b", "c"))),
                    List.of(TenantOp.stop("a"), TenantOp.stop("b"), TenantOp.stop("c"))))
                    .containsExactly(Status.ABSENT, Status.STOPPED, Status.STOPPED);
            assertThat(sessions(jobs, jobId)).containsExactly("_root");
            assertThat(jobs.job(jobId)).map(JobRef::state).hasValue(JobState.RUNNING);

            Lease noServer = new Lease(req.leaseId(), name, req.host(), jobId, ref.node(), false, "", "",
                    Map.of(Lease.TMUX_SERVER, "nosuch-" + rand));
            Map<String, TenantResult> failed = TenantResults.parse(List.of(ops.get(0)),
                    jobs.run(TenantCommands.start(noServer, agents.subList(0, 1), false)));
            assertThat(failed.get("a").status()).isEqualTo(Status.FAILED);
            assertThat(failed.get("a").stderr()).contains("no tmux server \"nosuch-" + rand + "\" in job " + jobId);
            assertThat(PaneSweep.parse(jobs.run(PaneSweep.command(noServer, 20, Map.of())).stdout()).serverRunning())
                    .isFalse();
        } finally {
            jobs.cancelAll(name);
        }
        assertThat(Path.of("/tmp/pwned-" + rand)).doesNotExist();
    }

    @Test
    void twentyTenantsStartInOneCommand() {
        String name = "rt20-" + UUID.randomUUID().toString().substring(0, 8);
        LocalJobs jobs = new LocalJobs(dir);
        BookRequest req = BookRequest.of(name, TestCluster.ALIAS).withResources(1, "100M", "00:10:00")
                .withTmuxServer("sac");
        String jobId = jobs.submit(name, ReservationScript.render(req), List.of());
        try {
            JobRef ref = jobs.awaitJob(jobId, j -> j.isPresent() && j.get().isAllocated(), ALLOCATION);
            Lease lease = new Lease(req.leaseId(), name, req.host(), jobId, ref.node(), false, "", "",
                    Map.of(Lease.TMUX_SERVER, "sac"));
            List<AgentSpec> batch = new ArrayList<>();
            List<AgentSpec> single = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(tenant("b" + i, List.of()));
                single.add(tenant("s" + i, List.of()));
            }
            long t0 = System.nanoTime();
            ExecResult r = jobs.run(TenantCommands.start(lease, batch, false));
            long batchMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(statuses(r, batch.stream().map(a -> TenantOp.start(a, false)).toList()))
                    .hasSize(20).containsOnly(Status.STARTED);
            t0 = System.nanoTime();
            for (AgentSpec a : single) {
                assertThat(statuses(jobs.run(TenantCommands.start(lease, List.of(a), false)),
                        List.of(TenantOp.start(a, false)))).containsExactly(Status.STARTED);
            }
            long singleMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(sessions(jobs, jobId)).hasSize(41);
            System.out.printf("20 tenants: one batch %d ms, one by one %d ms (local srun, no ssh)%n", batchMs, singleMs);
            LocalJobs.await(() -> PaneSweep.parse(jobs.run(PaneSweep.command(lease, 30, Map.of())).stdout()),
                    sw -> sw.panes().values().stream().allMatch(p -> p.text().contains("agent: ")),
                    Duration.ofSeconds(20), "40 banners");
            t0 = System.nanoTime();
            ExecResult full = jobs.run(PaneSweep.command(lease, 30, Map.of()));
            long fullMs = (System.nanoTime() - t0) / 1_000_000;
            Map<String, String> known = new HashMap<>();
            PaneSweep.parse(full.stdout()).panes().values().forEach(p -> known.put(p.name(), p.hash()));
            t0 = System.nanoTime();
            ExecResult same = jobs.run(PaneSweep.command(lease, 30, known));
            long sameMs = (System.nanoTime() - t0) / 1_000_000;
            assertThat(PaneSweep.parse(same.stdout()).panes()).hasSize(40);
            assertThat(PaneSweep.parse(same.stdout()).panes().values()).extracting(PaneReport::kind)
                    .containsOnly(PaneReport.Kind.SAME);
            System.out.printf("sweep of 40 panes: all new %d ms / %d bytes, unchanged %d ms / %d bytes%n", fullMs,
                    full.stdout().length(), sameMs, same.stdout().length());
        } finally {
            jobs.cancelAll(name);
        }
    }

    private void sweeps(LocalJobs jobs, Lease lease) throws Exception {
        ExecResult first = jobs.run(PaneSweep.command(lease, 30, Map.of()));
        SweepResult r1 = PaneSweep.parse(first.stdout());
        assertThat(r1.complete()).isTrue();
        assertThat(r1.panes()).containsOnlyKeys("a", "b", "c");
        Map<String, String> known = new HashMap<>();
        for (PaneReport p : r1.panes().values()) {
            assertThat(p.kind()).isEqualTo(PaneReport.Kind.NEW);
            assertThat(p.text()).contains("claude stand-in ready");
            assertThat(p.hash()).isEqualTo(md5(p.text()));
            known.put(p.name(), p.hash());
        }
        ExecResult second = jobs.run(PaneSweep.command(lease, 30, known));
        SweepResult r2 = PaneSweep.parse(second.stdout());
        assertThat(r2.panes().values()).extracting(PaneReport::kind).containsOnly(PaneReport.Kind.SAME);
        assertThat(second.stdout()).doesNotContain("stand-in");
        known.put("b", "00000000000000000000000000000000");
        SweepResult r3 = PaneSweep.parse(jobs.run(PaneSweep.command(lease, 30, known)).stdout());
        assertThat(r3.panes().get("b").kind()).isEqualTo(PaneReport.Kind.NEW);
        assertThat(r3.panes().get("a").kind()).isEqualTo(PaneReport.Kind.SAME);
    }

    private AgentSpec tenant(String name, List<String> flags) {
        return Specs.agent(name, AgentRuntime.SLURM_TENANT, Specs.tenant(name, "pool").slurm(),
                new ClaudeSpec(flags, ClaudeSpec.SessionMode.NEW), ClusterClaude.echoEnv(),
                dir.resolve("work dir").resolve(name).toString());
    }

    private static String awaitPane(LocalJobs jobs, Lease lease, String name, String marker) {
        return LocalJobs.await(() -> jobs.run(TenantCommands.logs(lease, name, 50)).stdout(),
                out -> out.contains(marker), Duration.ofSeconds(20), "pane of " + name);
    }

    private static List<Status> statuses(ExecResult r, List<TenantOp> ops) {
        return new ArrayList<>(TenantResults.parse(ops, r).values().stream().map(TenantResult::status).toList());
    }

    private static List<String> sessions(LocalJobs jobs, String jobId) {
        String out = jobs.run(LocalJobs.inJob(jobId, "tmux", "-L", "sac", "list-sessions", "-F", "#{session_name}"))
                .stdout();
        return out.lines().sorted().collect(Collectors.toList());
    }


    static String md5(String text) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, d));
    }

}
