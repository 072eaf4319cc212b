package io.scitex.console.cli;

import io.scitex.console.testing.ClusterClaude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Agent YAMLs written into a scratch agents folder, as users write them. */
final class SampleAgents {
    private SampleAgents() {}

    static Path tenant(Path agents, String name, String reservation) {
        return write(agents, name, """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm-tenant
                  slurm:
                    reservation: %s
                """.formatted(reservation) + ClusterClaude.echoYaml());
    }

    /** A one-job agent, small enough for the test cluster; its logs go to {@code logsDir} on the host. */
    static Path slurm(Path agents, String name, String logsDir) {
        return write(agents, name, """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm
                  slurm:
                    partition: cascade
                    time_limit: "00:10:00"
                    cpus_per_task: 1
                    mem: 100M
                    signal: "B:USR1@60"
                    logs_dir: %s
                """.formatted(logsDir) + ClusterClaude.echoYaml());
    }

    static Path aider(Path agents, String name) {
        return write(agents, name, """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: aider
                """);
    }

    private static Path write(Path agents, String name, String yaml) {
        try {
            Path dir = Files.createDirectories(agents.resolve(name));
            return Files.writeString(dir.resolve(name + ".yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
