package io.scitex.console.runtime;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.lease.Lease;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.ShellQuote;
import io.scitex.console.slurm.ClaudeCommand;
import io.scitex.console.slurm.OutputLog;
import io.scitex.console.slurm.ShellPaths;
import io.scitex.console.slurm.SlurmValues;
import io.scitex.console.slurm.Srun;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Commands for {@code runtime: slurm-tenant} agents in a reservation. Starting or stopping N tenants is ONE
 * {@code srun --overlap bash -c <fixed script> <arguments>}: agent data travel as quoted arguments, the script
 * never contains them. {@link TenantResults} reads the answer.
 */
public final class TenantCommands {
    private TenantCommands() {}

    public static RemoteCommand start(Lease lease, List<AgentSpec> agents, boolean force) {
        return batch(lease, agents.stream().map(a -> TenantOp.start(a, force)).toList());
    }

    public static RemoteCommand stop(Lease lease, List<String> agentNames) {
        return batch(lease, agentNames.stream().map(TenantOp::stop).toList());
    }

    /** Any mix of operations on distinct agents, run in order inside the lease's job. */
    public static RemoteCommand batch(Lease lease, List<TenantOp> ops) {
        if (ops.stream().map(TenantOp::name).distinct().count() != ops.size()) {
            throw new IllegalArgumentException("a batch names an agent twice: "
                    + ops.stream().map(TenantOp::name).toList());
        }
        List<String> argv = Srun.inJob(liveJob(lease));
        argv.addAll(List.of("bash", "-c", RemoteScripts.TENANT_BATCH, "sac-batch", socket(lease)));
        for (TenantOp op : ops) {
            argv.addAll(List.of(op.action().wire(), op.name(), op.command(),
                    op.action() == TenantOp.Action.STOP ? "" : OutputLog.pipeCommand(op.name())));
        }
        return RemoteCommand.of(argv).withTimeout(Duration.ofSeconds(30 + 2L * ops.size()));
    }

    /** The last {@code lines} lines of the tenant's pane. */
    public static RemoteCommand logs(Lease lease, String agentName, int lines) {
        return PaneCommands.capture(liveJob(lease), socket(lease), agentName, lines);
    }

    /** The command to run in a PTY on the lease host to attach to the tenant's session. */
    public static List<String> attachArgv(Lease lease, String agentName) {
        return PaneCommands.attachArgv(liveJob(lease), socket(lease), agentName);
    }

    /** {@link PaneCommands#attach}: the attach command that leaves no step behind, for the tenant's session. */
    public static RemoteCommand attach(Lease lease, String agentName, String token,
            io.scitex.console.service.AttachMode mode) {
        return PaneCommands.attach(liveJob(lease), socket(lease), agentName, token, mode);
    }

    /**
     * The tmux session's command: export the agent's variables, create and enter the workdir, replace the shell
     * with claude ({@code cd <workdir> && exec claude ...} of the contract, made safe).
     */
    public static String tmuxCommand(AgentSpec spec) {
        StringBuilder exports = new StringBuilder("export SAC_AGENT_ID=")
                .append(ShellQuote.quote(SlurmValues.agentName("agent name", spec.name())))
                .append(" SAC_WORKDIR=").append(ShellPaths.word("spec.workdir", spec.workdir()));
        for (Map.Entry<String, String> e : new TreeMap<>(spec.env()).entrySet()) {
            exports.append(' ').append(SlurmValues.envKey("spec.env key", e.getKey())).append('=')
                    .append(ShellQuote.quote(e.getValue()));
        }
        return exports + " && mkdir -p -- \"$SAC_WORKDIR\" && cd -- \"$SAC_WORKDIR\" && " + ClaudeCommand.shell(spec);
    }

    /** The lease's job id, or upstream's error when it has none. */
    static String liveJob(Lease lease) {
        if (!lease.hasJob()) {
            throw new IllegalStateException("reservation '" + lease.name() + "' exists but has no live job_id. Has the"
                    + " SLURM job exited? Check 'scitex-hpc reservations get'.");
        }
        return lease.jobId();
    }

    /** The lease's tmux socket, or upstream's error when it was booked without one. */
    static String socket(Lease lease) {
        return lease.tmuxServer().orElseThrow(() -> new IllegalStateException("reservation '" + lease.id()
                + "' was not booked with tmux_server set. Re-book via: scitex-hpc reservations book " + lease.name()
                + " --host " + lease.host() + " --tmux-server sac ..."));
    }
}
