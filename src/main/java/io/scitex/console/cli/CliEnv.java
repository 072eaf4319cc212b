package io.scitex.console.cli;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.launch.WindowLauncher;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process around a command: environment, home, the raw standard streams (attach copies bytes, not text), the
 * terminal for questions, and how to open the services. Tests pass a scratch home and captured streams.
 */
public record CliEnv(Map<String, String> env, Path userHome, InputStream stdin, OutputStream stdout,
                     Terminal terminal, CliBackend.Factory backends, Window window) {

    /** Opens the console window with the command line's global options; returns when it is closed. */
    @FunctionalInterface
    public interface Window {
        void open(ConsolePaths paths, ConsoleContext.Overrides overrides);
    }

    public CliEnv {
        env = Map.copyOf(env);
    }

    /** With the real window (JavaFX loaded as modules only when it opens: see {@link WindowLauncher}). */
    public CliEnv(Map<String, String> env, Path userHome, InputStream stdin, OutputStream stdout, Terminal terminal,
            CliBackend.Factory backends) {
        this(env, userHome, stdin, stdout, terminal, backends, WindowLauncher::open);
    }

    /** This JVM's environment, home, streams and console, with the console's real services. */
    public static CliEnv system() {
        return new CliEnv(System.getenv(), Path.of(System.getProperty("user.home")), System.in, System.out,
                Terminal.system(), ContextBackend::open);
    }

    public CliEnv withEnv(Map<String, String> newEnv) {
        return new CliEnv(newEnv, userHome, stdin, stdout, terminal, backends, window);
    }

    public CliEnv withWindow(Window newWindow) {
        return new CliEnv(env, userHome, stdin, stdout, terminal, backends, newWindow);
    }

    /** The console's paths in this environment. */
    public ConsolePaths paths() {
        return ConsolePaths.from(env, userHome);
    }
}
