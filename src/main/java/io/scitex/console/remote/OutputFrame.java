package io.scitex.console.remote;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Frames one remote command's output between two copies of a marker that is new for every command, so that what a
 * login shell prints around it (a MOTD, {@code module} messages, quota warnings, {@code .bash_logout}) never reaches
 * a parser: the script runs in a subshell after the shell's start-up, prints the marker on stdout and stderr before
 * it starts and after it ends, and only the text between the markers is the command's.
 */
final class OutputFrame {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String marker;

    OutputFrame(String marker) {
        if (!marker.matches("[A-Za-z0-9_-]{8,}")) {
            throw new IllegalArgumentException("a frame marker is at least 8 letters, digits, '-' or '_'");
        }
        this.marker = marker;
    }

    /** A frame with a marker no output can guess. */
    static OutputFrame random() {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return new OutputFrame("SAC-FRAME-" + HexFormat.of().formatHex(b));
    }

    /**
     * The script to send: marks the start on both streams, runs {@code script} in a subshell (its {@code exit} and
     * traps stay its own), marks the end on both streams without a newline (so the command's last line is kept as it
     * was), and exits with the script's status.
     */
    String wrap(String script) {
        return "printf '%s\\n' " + marker + "; printf '%s\\n' " + marker + " >&2\n"
                + "(\n" + script + "\n)\n"
                + "sac_frame_status=$?\n"
                + "printf '%s' " + marker + "; printf '%s' " + marker + " >&2\n"
                + "exit $sac_frame_status\n";
    }

    /** The command's standard output: what {@link #cut} keeps, nothing when the script never started. */
    String commandOutput(String raw) {
        return raw.contains(marker + "\n") ? cut(raw) : "";
    }

    /**
     * The command's own output in {@code raw}: between the start marker and the end marker. Without an end marker (the
     * command was killed) everything after the start; without a start marker (the shell never ran the script, e.g. a
     * syntax error) {@code raw} unchanged, so the shell's complaint can be shown.
     */
    String cut(String raw) {
        int at = raw.indexOf(marker + "\n");
        if (at < 0) {
            return raw;
        }
        int start = at + marker.length() + 1;
        int end = raw.lastIndexOf(marker);
        return end >= start ? raw.substring(start, end) : raw.substring(start);
    }
}
