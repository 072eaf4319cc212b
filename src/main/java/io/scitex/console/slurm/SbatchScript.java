package io.scitex.console.slurm;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.SlurmSpec;
import io.scitex.console.remote.ShellQuote;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The {@code runtime: slurm} wrapper, in the order of the sac contract §4. Every YAML value is validated and
 * quoted; the walltime trap and the hold follow docs/decisions/0301.
 */
public final class SbatchScript {
    /** The tmux socket of the wrapper's own server (contract §4). */
    public static final String SOCKET = "sac";

    private SbatchScript() {}

    /**
     * @param remoteHome the submission host's home folder, used where SLURM itself reads a path ({@code --output})
     *     and the YAML wrote it with {@code ~}
     */
    public static String render(AgentSpec spec, String remoteHome) {
        SlurmSpec s = spec.slurm();
        String name = SlurmValues.agentName("agent name", spec.name());
        String jobName = SlurmValues.jobName("spec.slurm.job_name", s.jobNameOr(name));
        SlurmValues.Signal signal = checkedSignal(s);
        String logs = ShellPaths.absolute("spec.slurm.logs_dir", s.logsDir(), remoteHome);
        SbatchDirectives d = new SbatchDirectives()
                .add("job-name", jobName)
                .addIfSet("partition", SlurmValues.optionalToken("spec.slurm.partition", s.partition()))
                .add("time", s.timeLimit())
                .add("nodes", String.valueOf(SlurmValues.positive("spec.slurm.nodes", s.nodes())))
                .add("ntasks", String.valueOf(SlurmValues.positive("spec.slurm.ntasks", s.ntasks())))
                .add("cpus-per-task", String.valueOf(SlurmValues.positive("spec.slurm.cpus_per_task", s.cpusPerTask())))
                .add("mem", SlurmValues.mem("spec.slurm.mem", s.mem()))
                .addIfSet("gres", SlurmValues.optionalToken("spec.slurm.gres", s.gres()))
                .add("signal", s.signal())
                .add("output", logs + "/%x_%j.out")
                .add("error", logs + "/%x_%j.err");
        for (int i = 0; i < s.extraDirectives().size(); i++) {
            d.line(SlurmValues.directiveLine("spec.slurm.extra_directives[" + i + "]", s.extraDirectives().get(i)));
        }
        StringBuilder b = new StringBuilder("#!/bin/bash\n").append(d.text());
        b.append("set -euo pipefail\n");
        hook(b, "spec.slurm.hooks.pre_submit", s.hooks().preSubmit(), "pre_submit", "", "");
        b.append(WrapperTraps.render(s.autoResubmit(), signal.name(), s.hooks().walltimeSignal()));
        b.append("SAC_AGENT_ID=").append(ShellQuote.quote(name)).append('\n');
        b.append("SAC_WORKDIR=").append(ShellPaths.word("spec.workdir", spec.workdir())).append('\n');
        b.append("export SAC_AGENT_ID SAC_WORKDIR\n");
        for (Map.Entry<String, String> e : new TreeMap<>(spec.env()).entrySet()) {
            b.append("export ").append(SlurmValues.envKey("spec.env key", e.getKey())).append('=')
                    .append(ShellQuote.quote(e.getValue())).append('\n');
        }
        b.append("mkdir -p -- \"$SAC_WORKDIR\"\ncd -- \"$SAC_WORKDIR\"\n");
        b.append("SAC_JOB_ID=${SLURM_JOB_ID:-}\n");
        b.append("SAC_LOG_FILE=").append(ShellQuote.quote(logs + "/" + jobName + "_")).append("\"$SAC_JOB_ID\".out\n");
        b.append("export SAC_JOB_ID SAC_LOG_FILE\n");
        hook(b, "spec.slurm.hooks.pre_agent", s.hooks().preAgent(), "pre_agent", "", "");
        b.append("tmux -L ").append(SOCKET).append(" new-session -d -s ").append(ShellQuote.quote(spec.sessionName()))
                .append(' ').append(ShellQuote.quote(ClaudeCommand.shell(spec)))
                .append(OutputLog.chainedPipe(spec.name())).append('\n');
        hook(b, "spec.slurm.hooks.post_agent", s.hooks().postAgent(), "post_agent", "", "");
        b.append(WrapperTraps.hold(s.hold()));
        return b.toString();
    }

    /**
     * A hook SOURCED (so what it exports reaches the agent) with {@code set -u} relaxed for site scripts.
     *
     * @param orElse appended to the source line, e.g. {@code || printf ...} to survive a failing hook; "" for none
     */
    static void hook(StringBuilder b, String field, String path, String phase, String indent, String orElse) {
        if (path.isEmpty()) {
            return;
        }
        String word = ShellPaths.word(field, path);
        b.append(indent).append("if [[ -f ").append(word).append(" ]]; then\n")
                .append(indent).append("  export SAC_PHASE=").append(phase).append('\n')
                .append(indent).append("  set +u\n")
                .append(indent).append("  source ").append(word).append(orElse).append('\n')
                .append(indent).append("  set -u\n")
                .append(indent).append("fi\n");
    }

    private static SlurmValues.Signal checkedSignal(SlurmSpec s) {
        OptionalLong limit = SlurmValues.timeSeconds("spec.slurm.time_limit", s.timeLimit());
        SlurmValues.Signal signal = SlurmValues.signal("spec.slurm.signal", s.signal());
        if (s.autoResubmit() && !signal.toBatchShell()) {
            throw new IllegalArgumentException("spec.slurm.signal must be sent to the batch shell (B:...) when"
                    + " spec.slurm.auto_resubmit is true, got '" + s.signal() + "'");
        }
        if (s.autoResubmit() && limit.isPresent() && signal.secondsBeforeEnd() >= limit.getAsLong()) {
            throw new IllegalArgumentException("spec.slurm.signal fires " + signal.secondsBeforeEnd()
                    + " s before the end, but spec.slurm.time_limit is only '" + s.timeLimit()
                    + "': every job would resubmit itself at once; use a longer time_limit or a shorter signal");
        }
        return signal;
    }
}
