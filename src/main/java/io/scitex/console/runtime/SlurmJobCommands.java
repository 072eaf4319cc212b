package io.scitex.console.runtime;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.slurm.Sbatch;
import io.scitex.console.slurm.SbatchScript;
import io.scitex.console.slurm.ShellPaths;
import io.scitex.console.slurm.SlurmValues;
import java.util.List;
import java.util.Optional;

/** Commands for {@code runtime: slurm} agents (one sbatch job each), on the submission host. */
public final class SlurmJobCommands {
    private static final String HOME_MARK = "SAC-HOME\t";

    private SlurmJobCommands() {}

    /** Where the wrapper is written on the host (contract §4). */
    public static String scriptPath(String agentName) {
        return "~/.scitex/agent-container/runtime/slurm-scripts/" + SlurmValues.agentName("agent name", agentName)
                + ".sbatch";
    }

    /** Where the job's state file lives on the host (contract §4). */
    public static String statePath(String agentName) {
        return "~/.scitex/agent-container/runtime/slurm-state/" + SlurmValues.agentName("agent name", agentName)
                + ".json";
    }

    /** Asks for the host's home folder, which {@link SbatchScript#render} needs for {@code --output}. */
    public static RemoteCommand homeQuery() {
        return RemoteCommand.script("printf '" + HOME_MARK.replace("\t", "\\t") + "%s\\n' \"$HOME\"");
    }

    public static Optional<String> parseHome(String stdout) {
        return stdout.lines().filter(l -> l.startsWith(HOME_MARK)).map(l -> l.substring(HOME_MARK.length()))
                .filter(h -> h.startsWith("/")).findFirst();
    }

    /** Render the wrapper, write it to {@link #scriptPath} with the logs folder created, and sbatch it by path. */
    public static RemoteCommand submit(AgentSpec spec, String remoteHome) {
        String script = SbatchScript.render(spec, remoteHome);
        return Sbatch.writeAndSubmit(scriptPath(spec.name()), script, List.of(spec.slurm().logsDir()));
    }

    /** The tail of the job's output file {@code <logs_dir>/<job name>_<job id>.out}. */
    public static RemoteCommand tailLog(AgentSpec spec, String jobId, int lines) {
        String file = spec.slurm().logsDir() + "/" + spec.slurm().jobNameOr(spec.name()) + "_"
                + SlurmValues.jobId(jobId) + ".out";
        return RemoteCommand.script("tail -n " + SlurmValues.positive("lines", lines) + " -- "
                + ShellPaths.word("spec.slurm.logs_dir", file));
    }

    public static RemoteCommand paneLogs(AgentSpec spec, String jobId, int lines) {
        return PaneCommands.capture(jobId, SbatchScript.SOCKET, spec.name(), lines);
    }

    public static List<String> attachArgv(AgentSpec spec, String jobId) {
        return PaneCommands.attachArgv(jobId, SbatchScript.SOCKET, spec.name());
    }

    /** {@link PaneCommands#attach}: the attach command that leaves no step behind, for the agent's session. */
    public static RemoteCommand attach(AgentSpec spec, String jobId, String token,
            io.scitex.console.service.AttachMode mode) {
        return PaneCommands.attach(jobId, SbatchScript.SOCKET, spec.name(), token, mode);
    }

    /** Cancel the recorded job and every successor it submitted (they share the job name). */
    public static RemoteCommand stop(AgentSpec spec, String jobId) {
        return RemoteCommand.script(Sbatch.cancel(jobId).script() + "; "
                + Sbatch.cancelByName(spec.slurm().jobNameOr(spec.name())).script());
    }
}
