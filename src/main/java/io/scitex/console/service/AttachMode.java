package io.scitex.console.service;

/**
 * How a terminal attaches to an agent's tmux session.
 * <ul>
 *   <li>{@link #INTERACTIVE}: keys reach the agent; the window takes the size of its largest client, so a small or
 *       hidden terminal never shrinks the agent for others (decision 0602).</li>
 *   <li>{@link #WATCH}: a read-only tmux client ({@code attach -r}: read-only and ignore-size) - keys never reach the
 *       agent, only the detach key works, and its size never changes the window.</li>
 * </ul>
 */
public enum AttachMode {
    INTERACTIVE,
    WATCH
}
