package io.scitex.console.ui.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.runtime.ActionEntry;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.testing.OpenWindow;
import io.scitex.console.testing.TestCluster;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Book dialog in the real window on the 2-CPU test node: the node's limits are shown, 4 CPUs is refused in
 * words before any sbatch, and letters typed into a numeric field are refused inline (no exception).
 */
@Tag(TestCluster.TAG)
@ExtendWith(ApplicationExtension.class)
class BookDialogClusterTest {
    @TempDir Path home;
    private OpenWindow open;
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        open = OpenWindow.open(stage, new ConsolePaths(home, Map.of()), OpenWindow.cluster(), 1200, 780);
    }

    @AfterEach
    void close() {
        open.close();
    }

    @Test
    void fourCpusOnTheTwoCpuNodeAreRefusedAndLettersNeverReachANumericField(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B).release(KeyCode.B, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#book-cpus").tryQuery().isPresent());
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(robot.lookup("#book-limits").queryAs(Label.class).getText())
                .startsWith("Partition cascade: 2 CPUs and ");
        assertThat(robot.lookup("#book-cpus").queryAs(TextField.class).getText()).as("a default that fits")
                .isEqualTo("2");

        java.util.function.Predicate<Node> isNumeric = n -> n instanceof TextField f && f.getTextFormatter() != null;
        List<TextField> numeric = robot.from(pane).lookup(isNumeric).queryAll().stream()
                .map(TextField.class::cast).toList();
        assertThat(numeric).as("the numeric fields").isNotEmpty();
        for (TextField field : numeric) {
            String before = field.getText();
            robot.clickOn(field).press(KeyCode.END).release(KeyCode.END).write("1G");
            assertThat(field.getText()).as(field.getId()).isEqualTo(before + "1");
            Label hint = robot.lookup("#" + field.getId() + "-hint").queryAs(Label.class);
            assertThat(hint.getText()).contains("digits only").contains("'G'");
        }

        TextField cpus = robot.lookup("#book-cpus").queryAs(TextField.class);
        robot.interact(() -> cpus.setText(""));
        robot.clickOn(cpus).write("4");
        assertThat(robot.lookup("#book-problem").queryAs(Label.class).getText()).isEqualTo(
                "This can never run on partition cascade: 4 CPUs asked, but its nodes have at most 2.");
        Node ok = robot.lookup("#book-ok").queryAs(Button.class);
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn((Node) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL));

        List<String> commands = open.context().actionLog().recent().stream().map(ActionEntry::line).toList();
        assertThat(commands).anyMatch(l -> l.contains("sinfo")).noneMatch(l -> l.contains("sbatch"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).as("no exception on the FX thread").isEmpty();
    }
}
