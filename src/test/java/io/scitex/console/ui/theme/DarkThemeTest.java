package io.scitex.console.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.testing.OpenWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** View → Dark theme is kept in the settings file: a window opened afterwards (a restart) is dark at once. */
@ExtendWith(ApplicationExtension.class)
class DarkThemeTest {
    @TempDir Path home;
    private Stage stage;
    private OpenWindow open;

    @Start
    void start(Stage s) {
        stage = s;
    }

    private void open(FxRobot robot) {
        robot.interact(() -> open = OpenWindow.open(stage, new ConsolePaths(home, Map.of()),
                ConsoleContext.Overrides.NONE, 1000, 700));
    }

    private void shut(FxRobot robot) {
        robot.interact(open::close);
    }

    @AfterEach
    void close(FxRobot robot) {
        shut(robot);
        robot.interact(() -> Theme.use(false));
    }

    @Test
    void darkSurvivesARestart(FxRobot robot) throws Exception {
        open(robot);
        assertThat(open.window().model().darkProperty().get()).isFalse();
        robot.clickOn("_View".replace("_", "")).clickOn("Dark theme");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.userAgentStylesheet(true));
        assertThat(open.window().scene().getStylesheets()).anyMatch(s -> s.endsWith("console-dark.css"));
        Path settings = new ConsolePaths(home, Map.of()).settingsFile();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(settings)
                && Files.readString(settings).contains("\"dark\""));

        shut(robot);
        robot.interact(() -> Theme.use(false));
        open(robot);
        assertThat(open.window().model().darkProperty().get()).isTrue();
        CheckMenuItem item = (CheckMenuItem) robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(3)
                .getItems().get(0);
        assertThat(item.isSelected()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(Theme.userAgentStylesheet(true));
        assertThat(open.window().scene().getStylesheets()).anyMatch(s -> s.endsWith("console-dark.css"));
    }
}
