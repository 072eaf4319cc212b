package io.scitex.console.runtime;

import io.scitex.console.testing.ClusterClaude;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemotePty;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.LocalJobs;
import io.scitex.console.slurm.ReservationScript;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.Specs;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import io.scitex.console.testing.TestCluster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The guarded attach command on the real cluster, as the cluster user over SSH: a typed line reaches the agent, and
 * neither a detach nor a terminal cut off without detaching leaves an {@code srun --pty} step on the node.
 */
@Tag(TestCluster.TAG)
class AttachGuardClusterTest {
    private static final String RAND = UUID.randomUUID().toString().substring(0, 8);
    private static final String NAME = "ag-" + RAND;
    private static SshHosts hosts;
    private static Lease lease;

    @BeforeAll
    static void book() throws Exception {
        hosts = TestCluster.hosts();
        BookRequest req = BookRequest.of(NAME, TestCluster.ALIAS).withResources(1, "100M", "00:10:00")
                .withTmuxServer("sac");
        ExecResult sub = hosts.run(TestCluster.ALIAS, Sbatch.writeAndSubmit("/tmp/sac-ag-" + RAND + "/" + NAME + ".sh",
                ReservationScript.render(req), List.of()));
        String jobId = Sbatch.submittedJobId(sub.stdout()).orElseThrow(() -> new AssertionError(sub.toString()));
        JobRef job = LocalJobs.await(() -> SqueueParser.job(jobId, run(Squeue.job(jobId)).stdout()),
                j -> j.isPresent() && j.get().isAllocated(), Duration.ofSeconds(60), "job " + jobId).get();
        lease = new Lease(req.leaseId(), NAME, TestCluster.ALIAS, jobId, job.node(), false, "", "",
                Map.of(Lease.TMUX_SERVER, "sac"));
        AgentSpec t = ClusterClaude.echo(Specs.tenant("t" + RAND, NAME));
        assertThat(run(TenantCommands.start(lease, List.of(t), false)).exitStatus()).isZero();
    }

    @AfterAll
    static void release() throws Exception {
        if (hosts != null) {
            run(Sbatch.cancelByName(NAME));
            run(RemoteCommand.of("rm", "-rf", "/tmp/sac-ag-" + RAND));
            hosts.close();
        }
    }

    @Test
    void detachEndsTheStepAndExitsZero() throws Exception {
        RemotePty pty = attach();
        try {
            type(pty, "\u0002d");
            assertThat(pty.waitFor(Duration.ofSeconds(10))).isZero();
            awaitNoAttachStep();
        } finally {
            pty.close();
        }
    }

    @Test
    void closingWithoutDetachLeavesNoStep() throws Exception {
        RemotePty pty = attach();
        pty.close();
        awaitNoAttachStep();
    }

    @Test
    void aLostConnectionLeavesNoStep() throws Exception {
        try (SshHosts own = TestCluster.hosts()) {
            RemotePty pty = attach(own);
            own.close();
            assertThat(pty.isOpen()).isFalse();
        }
        awaitNoAttachStep();
    }

    private static RemotePty attach() throws Exception {
        return attach(hosts);
    }

    /** Opens the guarded attach, types a line and waits for the stand-in's echo of it. */
    private static RemotePty attach(SshHosts via) throws Exception {
        RemotePty pty = via.openPty(TestCluster.ALIAS,
                TenantCommands.attach(lease, "t" + RAND, PaneCommands.attachToken(),
                        io.scitex.console.service.AttachMode.INTERACTIVE), 100, 30);
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            byte[] buf = new byte[8192];
            try {
                int n;
                while ((n = pty.output().read(buf)) >= 0) {
                    synchronized (screen) {
                        screen.write(buf, 0, n);
                    }
                }
            } catch (IOException e) {
                // closed
            }
        });
        reader.setDaemon(true);
        reader.start();
        String line = "hello-" + UUID.randomUUID().toString().substring(0, 6);
        LocalJobs.await(() -> steps(), s -> s.stream().anyMatch(x -> x.endsWith(" tmux")), Duration.ofSeconds(20),
                "the attach step, named tmux");
        type(pty, line + "\r");
        LocalJobs.await(() -> text(screen), s -> s.contains("echo: " + line), Duration.ofSeconds(20),
                "the echo of " + line);
        return pty;
    }

    private static void awaitNoAttachStep() {
        LocalJobs.await(AttachGuardClusterTest::steps, s -> s.stream().allMatch(x -> x.endsWith(".batch batch")),
                Duration.ofSeconds(10), "no step but the batch step of " + lease.jobId());
    }

    private static List<String> steps() {
        return run(RemoteCommand.of("squeue", "-h", "-s", "-j", lease.jobId(), "-o", "%i %j")).stdout().lines()
                .map(String::strip).filter(l -> l.startsWith(lease.jobId() + ".")).toList();
    }

    private static void type(RemotePty pty, String keys) throws IOException {
        pty.input().write(keys.getBytes(StandardCharsets.UTF_8));
        pty.input().flush();
    }

    private static String text(ByteArrayOutputStream screen) {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    private static ExecResult run(RemoteCommand cmd) {
        try {
            return hosts.run(TestCluster.ALIAS, cmd);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
