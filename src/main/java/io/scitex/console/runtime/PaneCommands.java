package io.scitex.console.runtime;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.slurm.SlurmValues;
import io.scitex.console.slurm.Srun;
import java.util.List;

/**
 * Reading and attaching one agent's pane inside a job. Targets use tmux's {@code =} prefix: without it
 * {@code sac-a} also matches a session {@code sac-ab}.
 */
public final class PaneCommands {
    private PaneCommands() {}

    /** {@code capture-pane -p -t =sac-<name>: -S -<lines>} inside the job. */
    public static RemoteCommand capture(String jobId, String socket, String agentName, int lines) {
        List<String> argv = Srun.inJob(jobId);
        argv.addAll(List.of("tmux", "-L", socket, "capture-pane", "-p", "-t", "=" + session(agentName) + ":",
                "-S", "-" + SlurmValues.positive("lines", lines)));
        return RemoteCommand.of(argv);
    }

    /** {@code srun --jobid=<job> --overlap --pty tmux -L <socket> attach -t =sac-<name>}, for a PTY. */
    public static List<String> attachArgv(String jobId, String socket, String agentName) {
        List<String> argv = Srun.ptyInJob(jobId);
        argv.addAll(List.of("tmux", "-L", socket, "attach", "-t", "=" + session(agentName)));
        return argv;
    }

    static String session(String agentName) {
        return "sac-" + SlurmValues.agentName("agent name", agentName);
    }
}
