package io.scitex.console;

import io.scitex.console.app.LogFile;
import io.scitex.console.app.Logging;
import io.scitex.console.cli.SacCommand;
import io.scitex.console.settings.ConsolePaths;

/**
 * Entry point of the jar. Not an {@code Application}: launched from the classpath, a main class that extends
 * {@code Application} fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        LogFile.useFileOf(ConsolePaths.system());
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> Logging.internalError(t, e, System.err));
        System.exit(SacCommand.run(args));
    }
}
