package io.scitex.console.status.conversation;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.remote.RemoteCommand;
import io.scitex.console.remote.ShellQuote;
import io.scitex.console.slurm.ShellPaths;
import java.time.Duration;

/**
 * Remote scripts that find an agent's current Claude Code transcript: the newest {@code *.jsonl} of its workdir's
 * project folder, {@code <config>/projects/<physical workdir with every non-alphanumeric character turned into
 * ->} (Claude Code 2.1's rule; names longer than 200 characters end in a hash, matched by a glob). The config folder
 * is the agent's {@code CLAUDE_CONFIG_DIR}, else {@code ~/.claude}. Output: a {@code @@SAC-PROJECT <folder>} line,
 * then per transcript a {@code @@SAC-TRANSCRIPT <offset> <file>} line followed by its bytes from that offset.
 */
public final class TranscriptCommands {
    static final String PROJECT = "@@SAC-PROJECT ";
    static final String TRANSCRIPT = "@@SAC-TRANSCRIPT ";

    private TranscriptCommands() {}

    /** Prints the current transcript once and ends. */
    public static RemoteCommand read(AgentSpec agent) {
        return RemoteCommand.script(locate(agent) + "f=$(newest); printf '" + TRANSCRIPT + "0 %s\\n' \"$f\";"
                + " if [ -n \"$f\" ]; then cat -- \"$f\"; fi").withTimeout(Duration.ofSeconds(60));
    }

    /**
     * Follows the current transcript until the channel closes: {@code tail -F} from {@code offset} of {@code file}
     * (when it is still the newest), switching within a second when a newer transcript appears (continue, new,
     * resume). In a PTY, so closing the channel hangs up the loop and its tail.
     */
    public static RemoteCommand follow(AgentSpec agent, String file, long offset) {
        return RemoteCommand.script("stty -echo -onlcr 2>/dev/null; " + locate(agent)
                + "f=" + ShellQuote.quote(file) + "; o=" + Math.max(0, offset) + "; t=;"
                + " trap '[ -n \"$t\" ] && kill $t 2>/dev/null' EXIT; trap 'exit 129' HUP TERM INT PIPE;"
                + " while :; do x=$(newest);"
                + " if [ -n \"$x\" ] && { [ \"$x\" != \"$f\" ] || [ -z \"$t\" ]; }; then"
                + " if [ \"$x\" != \"$f\" ]; then f=$x; o=0; fi;"
                + " if [ -n \"$t\" ]; then kill $t 2>/dev/null; wait $t 2>/dev/null; fi;"
                + " printf '\\n" + TRANSCRIPT + "%s %s\\n' \"$o\" \"$f\";"
                + " tail -c +$((o+1)) -F -- \"$f\" 2>/dev/null & t=$!; fi;"
                + " sleep 1; done").withTimeout(Duration.ofDays(3650));
    }

    /** Sets {@code p} (the project folder, a glob for long names) and {@code newest()}; prints the folder. */
    static String locate(AgentSpec agent) {
        String config = agent.env().get("CLAUDE_CONFIG_DIR");
        String c = config == null || config.isBlank() ? "\"$HOME\"/.claude"
                : ShellPaths.word("spec.env.CLAUDE_CONFIG_DIR", config);
        return "IFS=; c=" + c + "; w=" + ShellPaths.word("spec.workdir", agent.workdir()) + ";"
                + " d=$(cd -- \"$w\" 2>/dev/null && pwd -P) || d=$w;"
                + " n=$(printf %s \"$d\" | LC_ALL=C sed 's/[^a-zA-Z0-9]/-/g');"
                + " if [ ${#n} -gt 200 ]; then p=\"$c/projects/${n:0:200}-*\"; else p=\"$c/projects/$n\"; fi;"
                + " newest() { ls -t -- $p/*.jsonl 2>/dev/null | head -n 1; };"
                + " printf '" + PROJECT + "%s\\n' \"$p\";";
    }
}
