package io.scitex.console.app;

import io.scitex.console.settings.ConsolePaths;
import java.nio.file.Path;

/**
 * Where the console's log file is: {@code console.log} in the console's folder. Kept apart from {@link Logging} so
 * the launcher can name the file without loading a single logging class (decision 0900).
 */
public final class LogFile {
    /** The system property logback.xml reads the log file's path from. */
    public static final String PROPERTY = "sac.log.file";

    private LogFile() {}

    /**
     * Points the log at {@code paths}' console folder unless a path was given already (tests set one); call before
     * anything logs.
     */
    public static void useFileOf(ConsolePaths paths) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, of(paths).toString());
        }
    }

    /** {@code ~/.scitex/agent-container/console/console.log}. */
    public static Path of(ConsolePaths paths) {
        return paths.consoleDir().resolve("console.log");
    }

    /** The file this process logs to. */
    public static String current() {
        return System.getProperty(PROPERTY, "~/.scitex/agent-container/console/console.log");
    }
}
