package io.scitex.console.testing;

import io.scitex.console.agent.AgentSpec;
import java.util.HashMap;
import java.util.Map;

/**
 * Which {@code claude} an agent on the test cluster runs, chosen by the PATH in its env ({@code scripts/cluster/claude}
 * installs both): the echo stand-in for tests of starting, tailing and attaching, or the real Claude Code.
 */
public final class ClusterClaude {
    public static final String ECHO_BIN = "/usr/local/lib/sac-console/claude-echo/bin";
    public static final String REAL_BIN = "/usr/local/lib/sac-console/claude-code/bin";
    private static final String SYSTEM_PATH = ":/usr/local/bin:/usr/bin:/bin";

    /** How the echo stand-in prints the console's hook settings among its arguments (docs/decisions/0800). */
    public static final String HOOK_ARGS = "[--settings] [" + io.scitex.console.slurm.ClaudeHooks.settingsJson() + "] ";

    private ClusterClaude() {}

    /** {@code env} plus the PATH that finds the echo stand-in as {@code claude}. */
    public static Map<String, String> echoEnv(Map<String, String> env) {
        Map<String, String> out = new HashMap<>(env);
        out.put("PATH", ECHO_BIN + SYSTEM_PATH);
        return out;
    }

    public static Map<String, String> echoEnv() {
        return echoEnv(Map.of());
    }

    /** {@code env} plus the PATH that finds the real Claude Code as {@code claude}. */
    public static Map<String, String> realEnv(Map<String, String> env) {
        Map<String, String> out = new HashMap<>(env);
        out.put("PATH", REAL_BIN + SYSTEM_PATH);
        return out;
    }

    /** The agent running the echo stand-in. */
    public static AgentSpec echo(AgentSpec a) {
        return withEnv(a, echoEnv(a.env()));
    }

    /** The agent running the real Claude Code. */
    public static AgentSpec real(AgentSpec a) {
        return withEnv(a, realEnv(a.env()));
    }

    /** The {@code env:} lines of an agent YAML's spec (indented for {@code spec:}) that pick the echo stand-in. */
    public static String echoYaml() {
        return "  env:\n    PATH: \"" + ECHO_BIN + SYSTEM_PATH + "\"\n";
    }

    private static AgentSpec withEnv(AgentSpec a, Map<String, String> env) {
        return new AgentSpec(a.name(), a.file(), a.runtime(), a.model(), a.workdir(), env, a.remote(), a.claude(),
                a.restart(), a.slurm());
    }
}
