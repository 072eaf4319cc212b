package io.scitex.console.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.app.LogFile;
import io.scitex.console.testing.Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An error nobody caught on the FX thread: one sentence in a dialog, the trace in the log file. */
@ExtendWith(ApplicationExtension.class)
class FxErrorsTest {
    @Start
    void start(Stage stage) {
        FxErrors.install();
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
    }

    @Test
    void anUncaughtErrorShowsOneSentenceAndLogsItsTrace(FxRobot robot) throws Exception {
        String marker = "boom-" + System.nanoTime();
        Platform.runLater(() -> {
            throw new IllegalStateException(marker + "\nsecond line");
        });
        DialogPane pane = Await.until(() -> dialog(robot), Optional::isPresent, Duration.ofSeconds(10),
                "an error dialog").orElseThrow();
        assertThat(pane.getContentText()).isEqualTo("sac-console: internal error (IllegalStateException: " + marker
                + "); the details are in " + LogFile.current()).doesNotContain("\tat ", "second line");
        String log = Files.readString(Path.of(LogFile.current()));
        assertThat(log).contains("uncaught in thread JavaFX Application Thread",
                "java.lang.IllegalStateException: " + marker, "\tat ");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    private static Optional<DialogPane> dialog(FxRobot robot) {
        List<Window> windows = robot.listTargetWindows();
        return windows.stream().filter(w -> w.getScene() != null).map(w -> w.getScene().getRoot()).filter(DialogPane.class::isInstance)
                .map(DialogPane.class::cast).findFirst();
    }
}
