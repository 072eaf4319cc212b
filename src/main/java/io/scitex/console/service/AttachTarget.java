package io.scitex.console.service;

import io.scitex.console.remote.RemoteCommand;

/** Where and what to run in a PTY to attach to an agent's tmux session. */
public record AttachTarget(String host, RemoteCommand command, String title) {}
