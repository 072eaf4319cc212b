package io.scitex.console.agent;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One agent YAML, validated, with every default applied. The name comes from the agent's directory.
 *
 * @param remote ssh aliases (hops); the last is the submission host for {@code runtime: slurm}; empty when unset
 * @param workdir as written (may start with {@code ~}), defaulting to the contract's workspace folder
 */
public record AgentSpec(
        String name,
        Path file,
        AgentRuntime runtime,
        String model,
        String workdir,
        Map<String, String> env,
        List<String> remote,
        ClaudeSpec claude,
        RestartPolicy restart,
        SlurmSpec slurm) {

    public AgentSpec {
        env = Map.copyOf(env);
        remote = List.copyOf(remote);
    }

    public static String defaultWorkdir(String name) {
        return "~/.scitex/agent-container/workspaces/" + name;
    }

    /** The tmux session that runs this agent. */
    public String sessionName() {
        return "sac-" + name;
    }
}
