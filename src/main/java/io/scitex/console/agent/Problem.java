package io.scitex.console.agent;

import java.nio.file.Path;

/**
 * One problem found in a file, at a 1-based line and column (0 when unknown). {@link #toString()} is the
 * {@code validate} output line: {@code file:line:col: error|warning: message} ({@code file: error: message} when the
 * line is unknown).
 */
public record Problem(Path file, int line, int column, Severity severity, String message) {

    /** How bad a problem is: an error makes the agent unusable, a warning does not. */
    public enum Severity {
        ERROR,
        WARNING
    }

    /** An error at a 1-based line and column. */
    public static Problem error(Path file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.ERROR, message);
    }

    /** A warning at a 1-based line and column. */
    public static Problem warning(Path file, int line, int column, String message) {
        return new Problem(file, line, column, Severity.WARNING, message);
    }

    /** An error about the file as a whole (no line). */
    public static Problem fileError(Path file, String message) {
        return error(file, 0, 0, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : String.valueOf(file);
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
