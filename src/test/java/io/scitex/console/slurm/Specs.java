package io.scitex.console.slurm;

import io.scitex.console.agent.AgentRuntime;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec;
import io.scitex.console.agent.RestartPolicy;
import io.scitex.console.agent.SlurmHooks;
import io.scitex.console.agent.SlurmSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Agent specs for tests, built like the YAML loader builds them (defaults of contract §1). */
public final class Specs {
    private Specs() {}

    /**
     * A claude command line, or a script holding one, without the console's {@code --settings <hooks>} words and hook script variable (tested
     * on their own in ClaudeHooksTest), quoted once or twice (inside a quoted tmux argument).
     */
    public static String noHooks(String text) {
        String once = " --settings " + io.scitex.console.remote.ShellQuote.quote(ClaudeHooks.settingsJson());
        String var = "export " + ClaudeHooks.SCRIPT_VAR + "=" + io.scitex.console.remote.ShellQuote.quote(
                ClaudeHooks.SCRIPT) + " && ";
        return text.replace(once, "").replace(once.replace("'", "'\\''"), "").replace(var, "")
                .replace(var.replace("'", "'\\''"), "");
    }

    public static AgentSpec agent(String name, AgentRuntime runtime, SlurmSpec slurm, ClaudeSpec claude,
            Map<String, String> env, String workdir) {
        return new AgentSpec(name, Path.of("/agents", name, name + ".yaml"), runtime, "sonnet", workdir, env,
                List.of(), claude, RestartPolicy.NEVER, slurm);
    }

    public static AgentSpec slurmAgent(String name) {
        return agent(name, AgentRuntime.SLURM, SlurmSpec.DEFAULTS, ClaudeSpec.DEFAULTS, Map.of(),
                AgentSpec.defaultWorkdir(name));
    }

    public static AgentSpec tenant(String name, String reservation) {
        return agent(name, AgentRuntime.SLURM_TENANT, slurm(SlurmSpec.DEFAULTS, reservation), ClaudeSpec.DEFAULTS,
                Map.of(), AgentSpec.defaultWorkdir(name));
    }

    public static SlurmSpec slurm(SlurmSpec s, String reservation) {
        return new SlurmSpec(s.partition(), s.timeLimit(), s.cpusPerTask(), s.mem(), s.nodes(), s.ntasks(), s.gres(),
                s.jobName(), s.signal(), s.autoResubmit(), s.hold(), s.logsDir(), s.extraDirectives(), s.hooks(),
                reservation);
    }

    /** The SlurmSpec with resources, limits and hooks replaced, as a test needs them. */
    public static SlurmSpec slurm(String partition, String time, String mem, String gres, String signal,
            boolean autoResubmit, String logsDir, List<String> extra, SlurmHooks hooks) {
        SlurmSpec d = SlurmSpec.DEFAULTS;
        return new SlurmSpec(partition, time, d.cpusPerTask(), mem, d.nodes(), d.ntasks(), gres, d.jobName(), signal,
                autoResubmit, d.hold(), logsDir, extra, hooks, "");
    }

    public static AgentSpec withSlurm(AgentSpec a, SlurmSpec s) {
        return new AgentSpec(a.name(), a.file(), a.runtime(), a.model(), a.workdir(), a.env(), a.remote(), a.claude(),
                a.restart(), s);
    }

    public static AgentSpec withClaude(AgentSpec a, ClaudeSpec c) {
        return new AgentSpec(a.name(), a.file(), a.runtime(), a.model(), a.workdir(), a.env(), a.remote(), c,
                a.restart(), a.slurm());
    }
}
