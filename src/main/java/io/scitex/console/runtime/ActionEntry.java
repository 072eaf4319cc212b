package io.scitex.console.runtime;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One remote command the console ran, as the action log keeps it. Never holds the command's stdin.
 *
 * @param outcome {@code exit <n>} or {@code error: <message>}
 * @param command the command line, made one line and shortened
 */
public record ActionEntry(Instant time, String host, String outcome, long millis, String command) {
    static final int MAX_COMMAND = 400;
    private static final int MAX_OUTCOME = 200;

    /** An entry for {@code command} on {@code host}: its script made one line and shortened, stdin only counted. */
    public static ActionEntry forCommand(Instant time, String host, String outcome, long millis,
            io.scitex.console.remote.RemoteCommand command) {
        String stdin = command.stdin().length == 0 ? "" : " (stdin " + command.stdin().length + " bytes)";
        return new ActionEntry(time, host, outcome, millis, oneLine(command.script(), MAX_COMMAND) + stdin);
    }

    public boolean ok() {
        return outcome.equals("exit 0");
    }

    /** The log file's line: tab-separated, ISO time in UTC with milliseconds. */
    public String line() {
        return time.truncatedTo(ChronoUnit.MILLIS) + "\t" + host + "\t" + outcome + "\t" + millis + " ms\t" + command;
    }

    static String oneLine(String text, int max) {
        String flat = text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        if (flat.length() <= max) {
            return flat;
        }
        int head = max * 2 / 3;
        int tail = max - head - 5;
        return flat.substring(0, head) + " ... " + flat.substring(flat.length() - tail);
    }

    public static String outcomeOf(int exitStatus) {
        return "exit " + exitStatus;
    }

    public static String outcomeOf(Exception e) {
        return oneLine("error: " + e.getMessage(), MAX_OUTCOME);
    }
}
