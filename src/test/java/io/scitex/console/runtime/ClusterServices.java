package io.scitex.console.runtime;

import io.scitex.console.testing.ClusterClaude;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.AgentYaml;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.Prompter;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.ShellQuote;
import io.scitex.console.service.ServiceException;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import io.scitex.console.slurm.Srun;
import io.scitex.console.testing.CountingExecutor;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A {@link ConsoleContext} on the local cluster with a scratch home (leases, states and the action log go there),
 * the cluster alias as default host, and helpers that look at the cluster through the same SSH layer.
 */
final class ClusterServices implements AutoCloseable {
    static final Duration ALLOCATION = Duration.ofSeconds(120);
    static final String HOST = TestCluster.ALIAS;

    final ConsoleContext context;
    final CountingExecutor counting;
    final ReservationManager reservations;
    final AgentManager agents;
    private final List<String> cleanup = new ArrayList<>();

    ClusterServices(Path home) {
        this.context = ConsoleContext.open(new ConsolePaths(home, Map.of()),
                ConsoleContext.Overrides.NONE.withSshConfig(TestCluster.sshConfig()).withDefaultHost(HOST),
                Prompter.none());
        this.counting = new CountingExecutor(context.executor());
        this.reservations = new ReservationManager(counting, context.leases());
        this.agents = new AgentManager(counting, reservations, context.runtimeStates(),
                new AgentHosts(() -> HOST));
    }

    static String rand() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A booked reservation with the tmux server {@code sac}, RUNNING; cancelled by {@link #close}. */
    Lease book(String name, boolean persistent) throws ServiceException {
        BookRequest req = BookRequest.of(name, HOST).withResources(1, "100M", "00:10:00").withTmuxServer("sac")
                .withPersistent(persistent, 60);
        return book(req);
    }

    Lease book(BookRequest req) throws ServiceException {
        cleanup.add(req.name());
        Lease lease = reservations.book(req, ALLOCATION, p -> { });
        assertThat(lease.node()).as("allocated within %s", ALLOCATION).isNotEmpty();
        return lease;
    }

    /** Remembers a job name to cancel at the end. */
    void cancelLater(String jobName) {
        cleanup.add(jobName);
    }

    ExecResult run(RemoteCommand command) throws RemoteException {
        return context.executor().run(HOST, command);
    }

    ExecResult inJob(String jobId, String... argv) throws RemoteException {
        List<String> all = Srun.inJob(jobId);
        all.addAll(List.of(argv));
        return run(RemoteCommand.of(all));
    }

    List<String> sessions(String jobId) throws RemoteException {
        return inJob(jobId, "tmux", "-L", "sac", "list-sessions", "-F", "#{session_name}").stdout().lines().sorted()
                .toList();
    }

    Optional<JobRef> job(String jobId) throws RemoteException {
        return SqueueParser.job(jobId, run(Squeue.job(jobId)).stdout());
    }

    Optional<JobRef> newestByName(String name) throws RemoteException {
        return SqueueParser.newestByName(run(Squeue.byName(name)).stdout());
    }

    /** Gone from squeue or ended. */
    boolean gone(String jobId) throws RemoteException {
        Optional<JobRef> j = job(jobId);
        return j.isEmpty() || j.get().state().isTerminal();
    }

    <T> T await(Probe<T> probe, Predicate<T> until, Duration timeout, String what) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!until.test(last)) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + " did not happen within " + timeout + "; last seen: " + last);
            }
            Thread.sleep(500);
            last = probe.get();
        }
        return last;
    }

    interface Probe<T> {
        T get() throws Exception;
    }

    /**
     * Copies the repository's sample hooks ({@code samples/hooks/*.sh}) to where the sample YAMLs point
     * ({@code ~/.scitex/agent-container/hooks/} on the cluster), as {@code samples/install-hooks} does for the demo:
     * a test that needs them installs them, never trusting a previous run to have left them there.
     */
    void installSampleHooks() throws Exception {
        Path dir = TestCluster.repo().resolve("samples/hooks");
        try (var hooks = Files.list(dir)) {
            for (Path hook : hooks.filter(p -> p.toString().endsWith(".sh")).sorted().toList()) {
                String target = "\"$HOME\"/.scitex/agent-container/hooks/"
                        + ShellQuote.quote(hook.getFileName().toString());
                ExecResult r = run(RemoteCommand.script("mkdir -p \"$HOME\"/.scitex/agent-container/hooks && cat > "
                        + target + " && chmod 755 " + target)
                        .withStdin(Files.readString(hook)));
                assertThat(r.ok()).as("installing %s: %s", hook, r.stderr()).isTrue();
            }
        }
    }

    /** A sample agent YAML of the repository. */
    static AgentSpec sample(String name) {
        Path file = TestCluster.repo().resolve("samples/agents").resolve(name).resolve(name + ".yaml");
        AgentYaml.LoadResult r = AgentYaml.load(file);
        assertThat(r.problems()).as("problems of %s", file).isEmpty();
        return ClusterClaude.echo(r.agent().orElseThrow()); // the samples' claude: the echo stand-in
    }

    @Override
    public void close() {
        try {
            for (String name : cleanup) {
                run(Sbatch.cancelByName(name));
            }
        } catch (RemoteException e) {
            throw new AssertionError("cleanup failed: " + e.getMessage(), e);
        } finally {
            context.close();
        }
    }
}
