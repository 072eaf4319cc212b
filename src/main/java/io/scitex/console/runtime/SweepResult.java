package io.scitex.console.runtime;

import java.util.Map;

/**
 * The answer of one pane sweep.
 *
 * @param serverRunning false when the job's tmux server is not running (every tenant is then gone)
 * @param serverError tmux's message when the server is not running
 * @param panes every {@code sac-*} session found, by agent name; a tenant missing here has no session
 * @param hooks the hook mark of each session whose pane has one (docs/decisions/0800)
 * @param complete true when the sweep's end marker arrived (a cut-off answer must not mark panes as gone)
 */
public record SweepResult(boolean serverRunning, String serverError, Map<String, PaneReport> panes, boolean complete,
        Map<String, HookMark> hooks) {

    public SweepResult {
        panes = Map.copyOf(panes);
        hooks = Map.copyOf(hooks);
    }

    /** A sweep without hook marks. */
    public SweepResult(boolean serverRunning, String serverError, Map<String, PaneReport> panes, boolean complete) {
        this(serverRunning, serverError, panes, complete, Map.of());
    }
}
