package io.scitex.console.agent;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code spec.runtime}; the console manages the two SLURM runtimes and lists the others. */
public enum AgentRuntime {
    CLAUDE_CODE("claude-code"),
    CURSOR("cursor"),
    AIDER("aider"),
    SLURM("slurm"),
    SLURM_TENANT("slurm-tenant");

    private final String yamlName;

    AgentRuntime(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean isSlurm() {
        return this == SLURM || this == SLURM_TENANT;
    }

    public static Optional<AgentRuntime> fromYaml(String value) {
        return Arrays.stream(values()).filter(r -> r.yamlName.equals(value)).findFirst();
    }

    /** Upstream's tuple text, e.g. {@code ('claude-code', 'cursor', 'aider', 'slurm', 'slurm-tenant')}. */
    public static String allowedTuple() {
        List<String> names = Arrays.stream(values()).map(r -> "'" + r.yamlName + "'").toList();
        return "(" + String.join(", ", names) + ")";
    }
}
