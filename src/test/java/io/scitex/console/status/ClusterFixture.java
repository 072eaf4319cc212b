package io.scitex.console.status;

import io.scitex.console.testing.ClusterClaude;
import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.SlurmHooks;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.Lease;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteException;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.runtime.RuntimeStateStore;
import io.scitex.console.runtime.SlurmJobState;
import io.scitex.console.runtime.TenantCommands;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.ReservationScript;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.SbatchScript;
import io.scitex.console.slurm.Specs;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import io.scitex.console.slurm.Srun;
import io.scitex.console.testing.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A scratch console home (leases, job states) and jobs booked on the local cluster over SSH as the cluster user,
 * so the poller's {@code squeue --user} sees them. Every job and remote folder it makes carries a random suffix
 * and is removed by {@link #cleanUp}.
 */
final class ClusterFixture {
    static final String REMOTE_HOME = "/home/sacuser";

    final String rand = UUID.randomUUID().toString().substring(0, 8);
    final ConsolePaths paths;
    final LeaseStore leases;
    final RuntimeStateStore states;
    final List<AgentSpec> agents = new CopyOnWriteArrayList<>();
    private final RemoteExecutor ssh;
    private final String host;
    private final String consoleHost;
    private final List<String> jobNames = new ArrayList<>();
    private String remoteHome = REMOTE_HOME;

    ClusterFixture(Path home, RemoteExecutor ssh, String host) {
        this(home, ssh, host, host);
    }

    /**
     * @param host the alias the fixture itself books and inspects jobs through
     * @param consoleHost the alias leases, job states and the poller's default host name (another way in)
     */
    ClusterFixture(Path home, RemoteExecutor ssh, String host, String consoleHost) {
        this.consoleHost = consoleHost;
        this.paths = new ConsolePaths(home, Map.of());
        this.leases = LeaseStore.of(paths);
        this.states = RuntimeStateStore.of(paths);
        this.ssh = ssh;
        this.host = host;
    }

    /** The login's home on the fixture's cluster (the second cluster's login is {@code sacuser2}). */
    ClusterFixture withRemoteHome(String home) {
        this.remoteHome = home;
        return this;
    }

    Supplier<Inventory> inventory() {
        return () -> new Inventory(agents, leases.list().leases(), List.of());
    }

    StatusPoller poller(RemoteExecutor executor, ConsoleSettings settings, Consumer<String> restartLost) {
        return new StatusPoller(executor, inventory(), states, leases, () -> settings, Clock.systemUTC(), consoleHost,
                restartLost);
    }

    static ConsoleSettings settings(int active, int idle, boolean autoRestart) {
        ConsoleSettings d = ConsoleSettings.DEFAULTS;
        return new ConsoleSettings(d.defaultHost(), d.extraAgentFolders(), d.sshConfig(), d.knownHosts(),
                d.hostKeyPolicy(), active, idle, d.stalledAfterMinutes(), autoRestart, d.theme());
    }

    String remoteDir() {
        return "~/sac-status-test/" + rand;
    }

    /** Books a reservation with tmux server {@code sac}, waits for its allocation, saves its lease. */
    Lease book(String name) {
        String jobId = submit(name, ReservationScript.render(BookRequest.of(name, consoleHost)
                .withResources(1, "50M", "00:15:00").withTmuxServer("sac")), "#SBATCH --output=" + remoteHome
                + "/sac-status-test/" + rand + "/logs/%x_%j.out");
        JobRef ref = awaitJob(jobId, j -> j.isPresent() && j.get().isAllocated());
        Lease lease = new Lease(Lease.idFor(consoleHost, name), name, consoleHost, jobId, ref.node(), false,
                "2026-01-01T00:00:00+00:00", "", Map.of(Lease.TMUX_SERVER, "sac"));
        save(lease);
        return lease;
    }

    /** Submits {@code script} as job {@code name} (with {@code extraDirective} after the shebang, if any). */
    String submit(String name, String script, String extraDirective) {
        jobNames.add(name);
        String text = extraDirective.isEmpty() ? script : script.replaceFirst("\n", "\n" + extraDirective + "\n");
        ExecResult r = run(Sbatch.writeAndSubmit(remoteDir() + "/" + name + "-" + UUID.randomUUID() + ".sh", text,
                List.of(remoteDir() + "/logs")));
        assertThat(r.exitStatus()).as("sbatch: %s %s", r.stdout(), r.stderr()).isZero();
        return Sbatch.submittedJobId(r.stdout()).orElseThrow(() -> new AssertionError("no job id: " + r.stdout()));
    }

    /** A tenant of {@code reservation} working in the remote scratch folder. */
    AgentSpec tenant(String name, String reservation) {
        return Specs.agent(name, AgentRuntime.SLURM_TENANT, Specs.slurm(Specs.tenant(name, reservation).slurm(),
                reservation), ClaudeSpec.DEFAULTS, ClusterClaude.echoEnv(), remoteDir() + "/work/" + name);
    }

    /** A runtime: slurm agent with a short walltime and its logs in the remote scratch folder. */
    AgentSpec slurmAgent(String name) {
        return Specs.agent(name, AgentRuntime.SLURM, Specs.slurm("", "00:15:00", "50M", "", "B:USR1@60", false,
                remoteDir() + "/logs", List.of(), SlurmHooks.NONE), ClaudeSpec.DEFAULTS, ClusterClaude.echoEnv(),
                remoteDir() + "/work/" + name);
    }

    /** Submits a runtime: slurm agent's wrapper (held when asked) and records its job as the runtime would. */
    String submitAgent(AgentSpec spec, boolean held) {
        String jobId = submit(spec.name(), SbatchScript.render(spec, remoteHome), held ? "#SBATCH --hold" : "");
        try {
            states.save(new SlurmJobState(spec.name(), jobId, "", "Submitted batch job " + jobId, consoleHost));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jobId;
    }

    void startTenants(Lease lease, List<AgentSpec> tenants) {
        ExecResult r = run(TenantCommands.start(lease, tenants, false));
        assertThat(r.stdout()).as("tenant start: %s", r.stderr()).contains("SAC-END");
    }

    /** Kills a session behind the console's back. */
    void killSession(String jobId, String agent) {
        List<String> argv = Srun.inJob(jobId);
        argv.addAll(List.of("tmux", "-L", "sac", "kill-session", "-t", "=sac-" + agent));
        assertThat(run(RemoteCommand.of(argv)).exitStatus()).isZero();
    }

    boolean hasSession(String jobId, String agent) {
        List<String> argv = Srun.inJob(jobId);
        argv.addAll(List.of("tmux", "-L", "sac", "has-session", "-t", "=sac-" + agent));
        return run(RemoteCommand.of(argv)).exitStatus() == 0;
    }

    Optional<JobRef> job(String jobId) {
        return SqueueParser.job(jobId, run(Squeue.job(jobId)).stdout());
    }

    JobRef awaitJob(String jobId, Predicate<Optional<JobRef>> until) {
        return await(() -> job(jobId), until, Duration.ofSeconds(180), "job " + jobId).orElse(null);
    }

    void save(Lease lease) {
        try {
            leases.save(lease);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ExecResult run(RemoteCommand cmd) {
        try {
            return ssh.run(host, cmd);
        } catch (RemoteException e) {
            throw new AssertionError(e);
        }
    }

    void cleanUp() {
        for (String n : jobNames) {
            run(Sbatch.cancelByName(n));
        }
        run(RemoteCommand.script("rm -rf -- ~/sac-status-test/" + rand
                + " && rmdir --ignore-fail-on-non-empty -- ~/sac-status-test"));
    }

    static <T> T await(Supplier<T> probe, Predicate<T> until, Duration timeout, String what) {
        return Await.until(probe, until, timeout, what);
    }

    static void sleep(long ms) {
        Await.sleep(ms);
    }
}
