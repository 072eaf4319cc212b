package io.scitex.console.runtime;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.service.AttachMode;
import io.scitex.console.slurm.SlurmValues;
import io.scitex.console.slurm.Srun;
import java.util.List;

/**
 * Reading and attaching one agent's pane inside a job. Targets use tmux's {@code =} prefix: without it
 * {@code sac-a} also matches a session {@code sac-ab}.
 */
public final class PaneCommands {
    public static final String DEFAULT_PREFIX = "C-b";

    private PaneCommands() {}

    /** {@code capture-pane -p -t =sac-<name>: -S -<lines>} inside the job. */
    public static RemoteCommand capture(String jobId, String socket, String agentName, int lines) {
        List<String> argv = Srun.inJob(jobId);
        argv.addAll(List.of("tmux", "-L", socket, "capture-pane", "-p", "-t", "=" + session(agentName) + ":",
                "-S", "-" + SlurmValues.positive("lines", lines)));
        return RemoteCommand.of(argv);
    }

    /** {@code srun --jobid=<job> --overlap --pty tmux -u -L <socket> attach -t =sac-<name>}, for a PTY. */
    public static List<String> attachArgv(String jobId, String socket, String agentName) {
        List<String> argv = Srun.ptyInJob(jobId);
        argv.addAll(List.of("tmux", "-u", "-L", socket, "attach", "-t", "=" + session(agentName)));
        return argv;
    }

    /**
     * Attaches a PTY to the agent's session and leaves no step behind when the PTY is cut off (channel closed,
     * connection lost): see attach.bash. {@code token} names this terminal's tmux client ({@link #attachToken}).
     */
    public static RemoteCommand attach(String jobId, String socket, String agentName, String token, AttachMode mode) {
        checkToken(token);
        return RemoteCommand.of("bash", "-c", RemoteScripts.ATTACH, "sac-attach", SlurmValues.jobId(jobId),
                SlurmValues.token("tmux socket", socket), "=" + session(agentName), token,
                mode == AttachMode.WATCH ? "watch" : "interactive");
    }

    /**
     * Ends the tmux client of one terminal, named by its token, and with it that terminal's {@code srun --pty} step:
     * what attach.bash's trap does when the terminal hangs up. Run when the trap could not (the login host's session
     * was killed, not hung up), before re-attaching or after a tab was closed during the outage (decision 0605).
     */
    public static RemoteCommand releaseClient(String jobId, String token) {
        checkToken(token);
        List<String> argv = Srun.inJob(SlurmValues.jobId(jobId));
        argv.addAll(List.of("pkill", "-HUP", "-f", "^" + token + "( |$)"));
        return RemoteCommand.of(argv);
    }

    private static void checkToken(String token) {
        if (!token.matches("sac-attach-[a-z0-9]{8,32}")) {
            throw new IllegalArgumentException("attach token must be sac-attach-<8..32 of a-z0-9>, got '" + token + "'");
        }
    }

    /** A fresh token for {@link #attach}. */
    public static String attachToken() {
        return "sac-attach-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    /** {@code show-options -gv prefix} of the job's tmux server: what a terminal types to detach its client. */
    public static RemoteCommand prefixQuery(String jobId, String socket) {
        List<String> argv = Srun.inJob(jobId);
        argv.addAll(List.of("tmux", "-L", socket, "show-options", "-gv", "prefix"));
        return RemoteCommand.of(argv);
    }

    /** The prefix key from {@link #prefixQuery}'s output (login banners skipped); tmux's default when unreadable. */
    public static String parsePrefix(String stdout) {
        List<String> lines = stdout.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            return DEFAULT_PREFIX;
        }
        String last = lines.get(lines.size() - 1);
        return last.matches("(M-)?(C-)?\\S{1,6}|\\^\\S") ? last : DEFAULT_PREFIX;
    }

    static String session(String agentName) {
        return "sac-" + SlurmValues.agentName("agent name", agentName);
    }
}
