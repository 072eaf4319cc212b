package io.scitex.console.runtime;

import io.scitex.console.testing.ClusterClaude;
import static io.scitex.console.runtime.ClusterServices.HOST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.service.ActionOutcome;
import io.scitex.console.service.ActionResult;
import io.scitex.console.service.AttachTarget;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.JobState;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.testing.TestCluster;
import io.scitex.console.remote.RemotePty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tenants of one booked reservation, through the agent service over SSH; the reservation is shared by the tests. */
@Tag(TestCluster.TAG)
class TenantServiceClusterTest {
    @TempDir
    static Path home;

    static ClusterServices c;
    static Lease pool;
    static String rand;

    @BeforeAll
    static void book() throws Exception {
        rand = ClusterServices.rand();
        c = new ClusterServices(home);
        pool = c.book("tp-" + rand, false);
    }

    @AfterAll
    static void release() throws Exception {
        try {
            c.reservations.release(pool.name());
        } finally {
            c.close();
        }
    }

    static AgentSpec sampleTenant(String sample, String name) {
        return AgentSpecs.renamed(AgentSpecs.inReservation(ClusterServices.sample(sample), pool.name()), name);
    }

    @Test
    void theSampleTenantsStartOnceRestartOnForceShowTheirBannerAndStop() throws Exception {
        List<AgentSpec> three = Stream.of("dev-helper", "doc-builder", "test-runner")
                .map(s -> AgentSpecs.inReservation(ClusterServices.sample(s), pool.name())).toList();
        assertThat(outcomes(c.agents.start(three, false))).containsExactly(ActionOutcome.STARTED,
                ActionOutcome.STARTED, ActionOutcome.STARTED);
        assertThat(c.sessions(pool.jobId())).contains("_root", "sac-dev-helper", "sac-doc-builder", "sac-test-runner");

        c.counting.reset();
        assertThat(outcomes(c.agents.start(three, false))).containsOnly(ActionOutcome.ALREADY_RUNNING);
        assertThat(c.counting.count()).isEqualTo(1);
        assertThat(outcomes(c.agents.start(three, true))).containsOnly(ActionOutcome.RESTARTED);

        List<String> pane = c.await(() -> c.agents.logs(three.get(0), 50),
                p -> p.contains("claude stand-in ready") && p.contains("agent: dev-helper"), Duration.ofSeconds(20),
                "banner of dev-helper");
        assertThat(String.join("", pane)).contains("[--model] [sonnet] " + ClusterClaude.HOOK_ARGS
                + "[--dangerously-skip-permissions]cwd: ");
        AttachTarget attach = c.agents.attachTarget(three.get(1));
        assertThat(attach.host()).isEqualTo(HOST);
        assertThat(attach.command().script()).contains("sac-attach " + pool.jobId() + " sac =sac-doc-builder", "--pty",
                "attach");
        attachAndDetach(attach, "agent: doc-builder");

        assertThat(c.agents.stop(three.subList(0, 1))).extracting(ActionResult::outcome)
                .containsExactly(ActionOutcome.STOPPED);
        assertThat(c.sessions(pool.jobId())).doesNotContain("sac-dev-helper").contains("sac-doc-builder");
        assertThat(outcomes(c.agents.stop(three))).containsExactly(ActionOutcome.NOT_RUNNING, ActionOutcome.STOPPED,
                ActionOutcome.STOPPED);
        assertThat(c.sessions(pool.jobId())).doesNotContain("sac-dev-helper", "sac-doc-builder", "sac-test-runner")
                .contains("_root");
        assertThat(c.job(pool.jobId())).map(JobRef::state).as("stopping tenants never ends the reservation")
                .hasValue(JobState.RUNNING);
    }

    @Test
    void twentyTenantsStartInOneRemoteCommand() throws Exception {
        List<AgentSpec> batch = new ArrayList<>();
        List<AgentSpec> single = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            batch.add(sampleTenant("dev-helper", String.format("b%02d", i)));
            single.add(sampleTenant("dev-helper", String.format("s%02d", i)));
        }
        c.counting.reset();
        long t0 = System.nanoTime();
        List<ActionResult> started = c.agents.start(batch, false);
        long batchMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(c.counting.count()).as("remote commands for 20 tenants").isEqualTo(1);
        assertThat(started).extracting(ActionResult::agent).containsExactlyElementsOf(
                batch.stream().map(AgentSpec::name).toList());
        assertThat(outcomes(started)).hasSize(20).containsOnly(ActionOutcome.STARTED);
        assertThat(c.sessions(pool.jobId())).containsAll(batch.stream().map(AgentSpec::sessionName).toList());

        c.counting.reset();
        t0 = System.nanoTime();
        for (AgentSpec a : single) {
            assertThat(outcomes(c.agents.start(List.of(a), false))).containsExactly(ActionOutcome.STARTED);
        }
        long singleMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(c.counting.count()).isEqualTo(20);
        System.out.printf("20 tenants over SSH (sshj): one batch %d ms, one by one %d ms%n", batchMs, singleMs);

        List<AgentSpec> all = new ArrayList<>(batch);
        all.addAll(single);
        c.counting.reset();
        assertThat(outcomes(c.agents.stop(all))).hasSize(40).containsOnly(ActionOutcome.STOPPED);
        assertThat(c.counting.count()).isEqualTo(1);
        assertThat(c.sessions(pool.jobId())).containsExactly("_root");
    }

    @Test
    void aFlagWithQuotesReachesClaudeAsOneLiteralArgument() throws Exception {
        String flag = "--x'; touch /tmp/pwned-" + rand + "; '";
        AgentSpec a = AgentSpecs.withFlags(sampleTenant("test-runner", "inj-" + rand), List.of(flag));
        assertThat(outcomes(c.agents.start(List.of(a), false))).containsExactly(ActionOutcome.STARTED);
        List<String> pane = c.await(() -> c.agents.logs(a, 50), p -> p.stream().anyMatch(l -> l.startsWith("agent: ")),
                Duration.ofSeconds(20), "banner");
        assertThat(String.join("", pane)).contains("[--model] [sonnet] " + ClusterClaude.HOOK_ARGS + "[" + flag
                + "]cwd: ");
        assertThat(Path.of("/tmp/pwned-" + rand)).doesNotExist();
        assertThat(outcomes(c.agents.stop(List.of(a)))).containsExactly(ActionOutcome.STOPPED);
        assertThat(Path.of("/tmp/pwned-" + rand)).doesNotExist();
    }

    @Test
    void upstreamErrorsComeFromRealConditions() throws Exception {
        String missing = "nosuch-" + rand;
        AgentSpec noField = AgentSpecs.renamed(AgentSpecs.inReservation(ClusterServices.sample("dev-helper"), ""), "e1");
        AgentSpec ok = sampleTenant("dev-helper", "e2");
        AgentSpec noLease = AgentSpecs.inReservation(sampleTenant("dev-helper", "e3"), missing);
        List<ActionResult> r = c.agents.start(List.of(noField, ok, noLease), false);
        assertThat(r).extracting(ActionResult::agent).containsExactly("e1", "e2", "e3");
        assertThat(r).extracting(ActionResult::outcome).containsExactly(ActionOutcome.FAILED, ActionOutcome.STARTED,
                ActionOutcome.FAILED);
        assertThat(r.get(0).message()).isEqualTo("runtime: slurm-tenant requires spec.slurm.reservation to be set"
                + " (name of the scitex-hpc lease this agent should join)");
        assertThat(r.get(2).message()).isEqualTo("reservation '" + missing + "' not found. Book one first:"
                + " scitex-hpc reservations book " + missing + " --host <h> ...");
        assertThatThrownBy(() -> c.agents.logs(noLease, 10)).hasMessage(r.get(2).message());
        assertThat(outcomes(c.agents.stop(List.of(ok)))).containsExactly(ActionOutcome.STOPPED);

        Lease bare = c.book(BookRequest.of("tb-" + rand, HOST).withResources(1, "100M", "00:10:00"));
        AgentSpec inBare = AgentSpecs.inReservation(sampleTenant("dev-helper", "e4"), bare.name());
        String notBooked = "reservation '" + bare.id() + "' was not booked with tmux_server set. Re-book via:"
                + " scitex-hpc reservations book " + bare.name() + " --host " + HOST + " --tmux-server sac ...";
        assertThat(c.agents.start(List.of(inBare), false)).containsExactly(ActionResult.failed("e4", notBooked));
        assertThatThrownBy(() -> c.agents.attachTarget(inBare)).hasMessage(notBooked);
        c.reservations.release(bare.name());

        Lease dying = c.book("td-" + rand, false);
        AgentSpec inDying = AgentSpecs.inReservation(sampleTenant("dev-helper", "e5"), dying.name());
        assertThat(c.inJob(dying.jobId(), "tmux", "-L", "sac", "kill-server").exitStatus()).isZero();
        ActionResult noServer = c.agents.start(List.of(inDying), false).get(0);
        assertThat(noServer.outcome()).isEqualTo(ActionOutcome.FAILED);
        assertThat(noServer.message()).isEqualTo("tmux new-session failed in reservation " + dying.id()
                + ": stdout= stderr=no tmux server \"sac\" in job " + dying.jobId() + " (was the reservation booked"
                + " with a tmux server, and is its _root session alive?)");

        assertThat(c.run(Sbatch.cancel(dying.jobId())).exitStatus()).isZero();
        c.await(() -> c.gone(dying.jobId()), g -> g, Duration.ofSeconds(30), "cancelled job gone");
        String noJob = "reservation '" + dying.name() + "' exists but has no live job_id. Has the SLURM job exited?"
                + " Check 'scitex-hpc reservations get'.";
        assertThat(c.agents.start(List.of(inDying), false)).containsExactly(ActionResult.failed("e5", noJob));
        assertThat(c.reservations.get(dying.name()).orElseThrow().jobId()).as("refreshed once").isEmpty();
        assertThat(c.agents.start(List.of(inDying), false)).containsExactly(ActionResult.failed("e5", noJob));
        assertThat(outcomes(c.agents.stop(List.of(inDying)))).containsExactly(ActionOutcome.NOT_RUNNING);
        assertThatThrownBy(() -> c.agents.restartLost(dying.name(), List.of(inDying))).hasMessage(noJob);
        c.reservations.release(dying.name());
        assertThat(c.reservations.get(dying.name())).isEmpty();
    }

    /** Opens the attach target in a PTY, waits for the pane's text, detaches with the server's prefix + d. */
    static void attachAndDetach(AttachTarget attach, String expected) throws Exception {
        StringBuffer screen = new StringBuffer();
        try (RemotePty pty = c.context.openTerminal(attach, 120, 40)) {
            Thread reader = new Thread(() -> {
                byte[] buf = new byte[4096];
                try {
                    for (int n; (n = pty.output().read(buf)) > 0; ) {
                        screen.append(new String(buf, 0, n, StandardCharsets.UTF_8));
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            reader.setDaemon(true);
            reader.start();
            c.await(screen::toString, t -> t.contains(expected), Duration.ofSeconds(20), "attached screen");
            assertThat(attach.tmuxPrefix()).isEqualTo("C-b");
            pty.input().write(TmuxKeys.detach(attach.tmuxPrefix()));
            pty.input().flush();
            assertThat(pty.waitFor(Duration.ofSeconds(20))).as("attach ends after detaching").isZero();
        }
        assertThat(c.context.actionLog().recent()).anyMatch(e -> e.outcome().equals("terminal opened")
                && e.command().contains("attach"));
    }

    static List<ActionOutcome> outcomes(List<ActionResult> results) {
        assertThat(results).allSatisfy(r -> assertThat(r.outcome()).as(r.message()).isNotNull());
        return results.stream().map(ActionResult::outcome).toList();
    }
}
