package io.scitex.console;

import io.scitex.console.cli.SacCommand;

/**
 * Entry point of the jar. Not an {@code Application}: launched from the classpath, a main class that extends
 * {@code Application} fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        System.exit(SacCommand.run(args));
    }
}
