package io.scitex.console.service;

import java.util.List;

/**
 * Where an agent's output logs are (docs/decisions/0510): a host whose home holds them, and the logs to follow.
 *
 * @param host the ssh_config alias to read them on
 * @param sources the pane's output log first; for a {@code runtime: slurm} agent also its job output file
 */
public record LogTarget(String agent, String host, List<Source> sources) {
    public LogTarget {
        sources = List.copyOf(sources);
    }

    /**
     * One log file.
     *
     * @param path relative to the host's home unless absolute
     * @param prefix put before each of its lines when several logs are shown together ("" for the pane's)
     */
    public record Source(String path, String prefix) {}
}
