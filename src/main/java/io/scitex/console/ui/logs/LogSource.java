package io.scitex.console.ui.logs;

import io.scitex.console.runtime.LogTail;

/** Opens the tail of an agent's output log. Blocking (finds the agent and its host): called off the FX thread. */
@FunctionalInterface
public interface LogSource {
    /**
     * @param lines how many of the last lines to start with
     * @param listener gets the lines, gaps and sync reports on the stream's thread
     * @return what closes the tail (the host's stream stops with its last tail); may block
     */
    AutoCloseable open(String agent, int lines, LogTail.Listener listener) throws Exception;

    /** No source (before the window wires one): nothing is followed. */
    LogSource NONE = (agent, lines, listener) -> () -> { };
}
