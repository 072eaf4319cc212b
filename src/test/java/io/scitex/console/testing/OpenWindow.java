package io.scitex.console.testing;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.remote.Prompter;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.ui.ConsoleWindow;
import io.scitex.console.ui.common.FxUiExecutor;
import javafx.stage.Stage;

/**
 * A console window on a TestFX stage, as the application opens it: a context over {@code paths}, a UI executor and
 * the window, closed together by {@link #close()}. Call from the FX thread (a {@code @Start} method or
 * {@code robot.interact}).
 */
public final class OpenWindow implements AutoCloseable {
    private final ConsoleContext context;
    private final FxUiExecutor executor;
    private final ConsoleWindow window;

    private OpenWindow(ConsoleContext context, FxUiExecutor executor, ConsoleWindow window) {
        this.context = context;
        this.executor = executor;
        this.window = window;
    }

    /** The local test cluster as the window's SSH config, known hosts and default host. */
    public static ConsoleContext.Overrides cluster() {
        return ConsoleContext.Overrides.NONE.withSshConfig(TestCluster.sshConfig())
                .withKnownHosts(TestCluster.knownHosts()).withDefaultHost(TestCluster.ALIAS);
    }

    /** Opens a {@code width} x {@code height} window on {@code stage}; its refreshes are not started. */
    public static OpenWindow open(Stage stage, ConsolePaths paths, ConsoleContext.Overrides overrides, int width,
            int height) {
        ConsoleContext context = ConsoleContext.open(paths, overrides, Prompter.none());
        FxUiExecutor executor = new FxUiExecutor(2);
        ConsoleWindow window = new ConsoleWindow(context, executor, width, height);
        stage.setScene(window.scene());
        stage.show();
        return new OpenWindow(context, executor, window);
    }

    /** Starts the window's refreshes and watchers, as the application does once it is shown. */
    public OpenWindow started() {
        window.start();
        return this;
    }

    public ConsoleContext context() {
        return context;
    }

    public ConsoleWindow window() {
        return window;
    }

    @Override
    public void close() {
        window.close();
        context.close();
        executor.close();
    }
}
