package io.scitex.console.slurm;

import io.scitex.console.remote.ShellQuote;

/**
 * Paths from agent YAMLs as they may be written ({@code ~/x}) turned into shell words or absolute paths. Only
 * {@code ~} and {@code ~/...} are expanded; {@code ~user} is refused rather than guessed.
 */
public final class ShellPaths {
    private ShellPaths() {}

    /** A shell word for the path: {@code ~/a b} becomes {@code "$HOME"/'a b'}; other paths are just quoted. */
    public static String word(String field, String path) {
        SlurmValues.oneLine(field, path);
        if (path.equals("~")) {
            return "\"$HOME\"";
        }
        if (path.startsWith("~/")) {
            String rest = path.substring(2);
            return rest.isEmpty() ? "\"$HOME\"/" : "\"$HOME\"/" + ShellQuote.quote(rest);
        }
        refuseUserHome(field, path);
        return ShellQuote.quote(path);
    }

    /** The path with {@code ~} replaced by {@code home}, for places no shell expands (#SBATCH lines). */
    public static String absolute(String field, String path, String home) {
        SlurmValues.oneLine(field, path);
        if (path.equals("~") || path.startsWith("~/")) {
            if (home == null || !home.startsWith("/")) {
                throw new IllegalArgumentException(field + " starts with '~' but the host's home folder is not known"
                        + " (got '" + home + "')");
            }
            String base = home.endsWith("/") ? home.substring(0, home.length() - 1) : home;
            return base + path.substring(1);
        }
        refuseUserHome(field, path);
        return path;
    }

    private static void refuseUserHome(String field, String path) {
        if (path.startsWith("~")) {
            throw new IllegalArgumentException(field + " must start with '/', '~/' or a folder name ('~user' is not"
                    + " expanded), got '" + path + "'");
        }
    }
}
