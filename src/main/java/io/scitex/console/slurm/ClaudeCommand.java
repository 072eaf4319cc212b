package io.scitex.console.slurm;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.ClaudeSpec.SessionMode;
import io.scitex.console.remote.ShellQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code claude [--continue|--resume] --model <model> --settings <hooks> <flags...>}, every word quoted; the
 * settings are the console's state hooks ({@link ClaudeHooks}). {@code continue-or-new} tries
 * {@code --continue} and falls back to a new session, because claude exits with "No conversation found" when the
 * workdir has no previous session (docs/decisions/0302).
 */
public final class ClaudeCommand {
    public static final String PROGRAM = "claude";

    private ClaudeCommand() {}

    /** The argument vector for one attempt; {@code sessionFlag} is "--continue", "--resume" or "" for a new one. */
    public static List<String> argv(AgentSpec spec, String sessionFlag) {
        List<String> argv = new ArrayList<>();
        argv.add(PROGRAM);
        if (!sessionFlag.isEmpty()) {
            argv.add(sessionFlag);
        }
        argv.add("--model");
        argv.add(SlurmValues.oneLine("spec.model", spec.model()));
        argv.add("--settings");
        argv.add(ClaudeHooks.settingsJson());
        for (int i = 0; i < spec.claude().flags().size(); i++) {
            String flag = spec.claude().flags().get(i);
            if (flag.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("spec.claude.flags[" + i + "] must not hold a NUL character");
            }
            argv.add(flag);
        }
        return argv;
    }

    /**
     * A shell command that replaces the calling shell with claude, safe to chain after {@code &&}: either
     * {@code exec claude ...} or {@code { claude --continue ... || exec claude ...; }}.
     */
    public static String shell(AgentSpec spec) {
        SessionMode mode = spec.claude().session();
        return "export " + ClaudeHooks.SCRIPT_VAR + "=" + ShellQuote.quote(ClaudeHooks.SCRIPT) + " && " + switch (mode) {
            case NEW -> "exec " + ShellQuote.join(argv(spec, ""));
            case CONTINUE -> "exec " + ShellQuote.join(argv(spec, "--continue"));
            case RESUME -> "exec " + ShellQuote.join(argv(spec, "--resume"));
            case CONTINUE_OR_NEW -> "{ " + ShellQuote.join(argv(spec, "--continue")) + " || exec "
                    + ShellQuote.join(argv(spec, "")) + "; }";
        };
    }
}
