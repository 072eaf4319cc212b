package io.scitex.console.testing;

import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.RemoteExecutor;
import io.scitex.console.ui.terminal.TerminalTab;

/** What the terminal tests check: a tab's screen text, and whether an attach step is left on the cluster. */
public final class TerminalChecks {
    private TerminalChecks() {}

    /** The tab's visible screen lines ("" before its widget exists). */
    public static String screen(TerminalTab t) {
        return t.widget() == null ? "" : t.widget().getTerminalTextBuffer().getScreenLines();
    }

    /** Whether job {@code jobId} still has a {@code tmux} step on the test cluster (true when squeue cannot tell). */
    public static boolean tmuxStepAlive(RemoteExecutor executor, String jobId) {
        return tmuxSteps(executor, jobId) != 0;
    }

    /** How many {@code tmux} (attach) steps job {@code jobId} has on the test cluster (-1 when squeue cannot tell). */
    public static long tmuxSteps(RemoteExecutor executor, String jobId) {
        try {
            String steps = executor.run(TestCluster.ALIAS, RemoteCommand.of("squeue", "-h", "-s", "-o", "%i %j"))
                    .stdout();
            return steps.lines().filter(l -> l.startsWith(jobId + ".") && l.endsWith(" tmux")).count();
        } catch (Exception e) {
            return -1;
        }
    }
}
