package io.scitex.console.service;

import io.scitex.console.remote.RemoteCommand;

/**
 * Where and what to run in a PTY to attach to an agent's tmux session.
 *
 * @param tmuxPrefix the tmux server's prefix key (e.g. {@code C-b}): a terminal types it and {@code d} to detach
 *     its client before closing, so no {@code srun --pty} step is left behind on the node
 * @param release ends this terminal's tmux client and its step when the terminal could not (its login session was
 *     killed during an outage): run it on {@code host} once the host answers again (decision 0605)
 */
public record AttachTarget(String host, RemoteCommand command, String title, String tmuxPrefix,
        RemoteCommand release) {}
