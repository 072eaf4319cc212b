package io.scitex.console.runtime;

import java.util.Map;

/**
 * The answer of one pane sweep.
 *
 * @param serverRunning false when the job's tmux server is not running (every tenant is then gone)
 * @param serverError tmux's message when the server is not running
 * @param panes every {@code sac-*} session found, by agent name; a tenant missing here has no session
 * @param complete true when the sweep's end marker arrived (a cut-off answer must not mark panes as gone)
 */
public record SweepResult(boolean serverRunning, String serverError, Map<String, PaneReport> panes, boolean complete) {

    public SweepResult {
        panes = Map.copyOf(panes);
    }
}
