package io.scitex.console.slurm;

import io.scitex.console.remote.ShellQuote;

/**
 * The lossless output log of an agent (docs/decisions/0510): tmux {@code pipe-pane} copies every byte its pane prints
 * into {@code ~/.scitex/agent-container/runtime/logs/<name>.log.<generation>} on the cluster. At {@link #CAP} bytes
 * the next generation starts and the one before the full one is deleted, so an agent keeps at most twice the cap.
 */
public final class OutputLog {
    /** Folder of the logs, relative to the cluster home. */
    public static final String DIR = ".scitex/agent-container/runtime/logs";
    /** Bytes per file before it is rotated. */
    public static final long CAP = 8L * 1024 * 1024;

    /**
     * Reads the pane's bytes on stdin and appends them to the newest generation {@code <name>.log.<g>}; a generation
     * that reached the cap is never written again: the next one starts and the one before it is deleted (two kept).
     * Files are never renamed, so a reader's position (generation, offset) always means the same bytes.
     * {@code head -c} (unbuffered) copies at most what fits below the cap (it never reads more than it is asked from
     * a pipe); fewer bytes than asked means the pane closed its pipe. Args: NAME CAP. tmux expands formats and
     * strftime escapes in a pipe-pane command, so the script holds no {@code %} and no {@code #}.
     */
    static final String WRITER = "d=\"$HOME\"/" + ShellQuote.quote(DIR) + "; mkdir -p -- \"$d\" || exit 1; "
            + "b=\"$d/$1.log\"; cap=$2; g=0; "
            + "for f in \"$b\".*; do n=${f/\"$b.\"/}; [[ -f $f && $n =~ ^[0-9]+$ ]] && ((n > g)) && g=$n; done; "
            + "while :; do f=\"$b.$g\"; size=0; [[ -f $f ]] && size=$(wc -c <\"$f\"); "
            + "if ((size >= cap)); then rm -f -- \"$b.$((g - 1))\"; g=$((g + 1)); continue; fi; "
            + "room=$((cap - size)); stdbuf -o0 head -c \"$room\" >>\"$f\" || exit 0; now=$(wc -c <\"$f\"); "
            + "((now - size < room)) && exit 0; done";

    private OutputLog() {}

    /** The log of an agent (its generations are this path plus {@code .<g>}), relative to the cluster home. */
    public static String path(String agentName) {
        return DIR + "/" + SlurmValues.agentName("agent name", agentName) + ".log";
    }

    /** The command tmux runs for {@code pipe-pane}: the writer for this agent's log. */
    public static String pipeCommand(String agentName) {
        return pipeCommand(agentName, CAP);
    }

    /** {@link #pipeCommand(String)} with another cap (tests of the rotation). */
    public static String pipeCommand(String agentName, long cap) {
        return "exec bash -c " + ShellQuote.quote(WRITER) + " sac-output-log "
                + ShellQuote.quote(SlurmValues.agentName("agent name", agentName)) + " " + cap;
    }

    /**
     * tmux words to append to a {@code new-session -d -s SESSION} line so that the pane is piped from its first
     * byte on: the chained {@code pipe-pane} runs in the same command queue, before the server reads the pane.
     */
    public static String chainedPipe(String agentName) {
        return " \\; pipe-pane -t " + ShellQuote.quote("=sac-" + agentName + ":") + " "
                + ShellQuote.quote(pipeCommand(agentName));
    }
}
