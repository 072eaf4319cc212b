package io.scitex.console.ui.common;

import io.scitex.console.app.Logging;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/**
 * What the window does with an error nobody caught on the FX thread: its trace goes to the log file and the user
 * reads one sentence in a dialog that says where the details are. One dialog at a time: a failure that repeats on
 * every pulse does not stack windows.
 */
public final class FxErrors {
    private static final AtomicBoolean SHOWING = new AtomicBoolean();

    private FxErrors() {}

    /**
     * Installs the handler on the FX thread and as every other thread's default (executors' threads included);
     * call from {@code Application.start}.
     */
    public static void install() {
        Thread.UncaughtExceptionHandler handler = (t, e) -> {
            String sentence = Logging.internalError(t, e, null);
            Platform.runLater(() -> show(sentence));
        };
        Thread.currentThread().setUncaughtExceptionHandler(handler);
        Thread.setDefaultUncaughtExceptionHandler(handler);
    }

    private static void show(String sentence) {
        if (!SHOWING.compareAndSet(false, true)) {
            return;
        }
        try {
            Alert alert = new Alert(Alert.AlertType.ERROR, sentence, ButtonType.OK);
            alert.setHeaderText("Something went wrong inside SAC Console");
            alert.showAndWait();
        } finally {
            SHOWING.set(false);
        }
    }
}
