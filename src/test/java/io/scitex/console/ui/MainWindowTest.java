package io.scitex.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(ConsoleApp.loadMain(new io.scitex.console.ui.main.MainViewModel()), 1000, 700));
        stage.show();
    }

    @Test
    void mainWindowShowsTheAgentsTable(FxRobot robot) {
        TableView<?> table = robot.lookup("#agentsTable").queryAs(TableView.class);
        assertThat(table.isVisible()).isTrue();
        assertThat(table.getColumns()).extracting(c -> c.getText()).contains("Agent", "State");
    }
}
