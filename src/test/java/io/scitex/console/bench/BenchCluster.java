package io.scitex.console.bench;

import io.scitex.console.testing.ClusterClaude;
import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.RestartPolicy;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.remote.ExecResult;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.SshHosts;
import io.scitex.console.runtime.PaneSweep;
import io.scitex.console.runtime.SweepResult;
import io.scitex.console.runtime.TenantCommands;
import io.scitex.console.slurm.BookRequest;
import io.scitex.console.slurm.JobRef;
import io.scitex.console.slurm.ReservationScript;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.Squeue;
import io.scitex.console.slurm.SqueueParser;
import io.scitex.console.slurm.Srun;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reservations and tenants booked on the local cluster for the status benchmarks, as the cluster user. */
final class BenchCluster implements AutoCloseable {
    static final String HOST = TestCluster.ALIAS;
    final String rand = UUID.randomUUID().toString().substring(0, 6);
    final SshHosts hosts;
    final LeaseStore leases;
    private final List<String> names = new ArrayList<>();

    BenchCluster(SshHosts hosts, Path leaseDir) {
        this.hosts = hosts;
        this.leases = new LeaseStore(leaseDir);
    }

    /** Books a reservation with tmux server {@code sac}, waits for it to run, saves its lease. */
    Lease book(String name) throws Exception {
        names.add(name);
        String output = "#SBATCH --output=/home/sacuser/sac-status-bench/" + rand + "/%x_%j.out";
        String script = ReservationScript.render(BookRequest.of(name, HOST).withResources(1, "50M", "01:00:00")
                .withTmuxServer("sac")).replaceFirst("\n", "\n" + output + "\n");
        ExecResult r = hosts.run(HOST, Sbatch.writeAndSubmit(dir() + "/" + name + ".sh", script, List.of()));
        String jobId = Sbatch.submittedJobId(r.stdout()).orElseThrow(() -> new IllegalStateException("sbatch: " + r));
        long end = System.nanoTime() + 120_000_000_000L;
        Optional<JobRef> ref = Optional.empty();
        while (System.nanoTime() < end && !ref.map(JobRef::isAllocated).orElse(false)) {
            Thread.sleep(300);
            ref = SqueueParser.job(jobId, hosts.run(HOST, Squeue.job(jobId)).stdout());
        }
        Lease lease = new Lease(Lease.idFor(HOST, name), name, HOST, jobId, ref.map(JobRef::node).orElseThrow(),
                false, "2026-01-01T00:00:00+00:00", "", Map.of(Lease.TMUX_SERVER, "sac"));
        leases.save(lease);
        return lease;
    }

    AgentSpec tenant(String name, String reservation) {
        SlurmSpec d = SlurmSpec.DEFAULTS;
        SlurmSpec s = new SlurmSpec(d.partition(), d.timeLimit(), d.cpusPerTask(), d.mem(), d.nodes(), d.ntasks(),
                d.gres(), d.jobName(), d.signal(), d.autoResubmit(), d.hold(), d.logsDir(), d.extraDirectives(),
                d.hooks(), reservation);
        return new AgentSpec(name, Path.of("/bench", name, name + ".yaml"), AgentRuntime.SLURM_TENANT, "sonnet",
                dir() + "/work/" + name, ClusterClaude.echoEnv(), List.of(), ClaudeSpec.DEFAULTS, RestartPolicy.NEVER, s);
    }

    /** Starts the tenants in one batch and waits until every pane shows its prompt. */
    void start(Lease lease, List<AgentSpec> tenants) throws Exception {
        ExecResult r = hosts.run(HOST, TenantCommands.start(lease, tenants, false));
        if (!r.stdout().contains("SAC-END")) {
            throw new IllegalStateException("tenant start failed: " + r);
        }
        long end = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < end) {
            SweepResult s = PaneSweep.parse(hosts.run(HOST, PaneSweep.command(lease, 30, Map.of())).stdout());
            boolean all = tenants.stream().allMatch(t -> s.panes().containsKey(t.name())
                    && s.panes().get(t.name()).text().contains("agent: " + t.name()));
            if (all) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("tenants did not reach their prompt");
    }

    /** Types a line into each tenant's pane, in one srun: the panes change as a working agent's do. */
    void type(Lease lease, List<String> agents, String text) throws Exception {
        List<String> argv = Srun.inJob(lease.jobId());
        argv.addAll(List.of("bash", "-c", "t=$1; shift; for s in \"$@\"; do tmux -L sac send-keys -t \"=sac-$s:\""
                + " \"$t\" Enter; done", "sac-type", text));
        argv.addAll(agents);
        hosts.run(HOST, RemoteCommand.of(argv));
    }

    String dir() {
        return "~/sac-status-bench/" + rand;
    }

    @Override
    public void close() throws Exception {
        for (String n : names) {
            hosts.run(HOST, Sbatch.cancelByName(n));
        }
        hosts.run(HOST, RemoteCommand.script("rm -rf -- ~/sac-status-bench/" + rand
                + " && rmdir --ignore-fail-on-non-empty -- ~/sac-status-bench"));
    }
}
