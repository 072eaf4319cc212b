package io.scitex.console.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.testing.OpenWindow;
import io.scitex.console.ui.agents.AgentRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File → Add agent folder: the folder is kept in the settings file and its agents appear in the table. */
@ExtendWith(ApplicationExtension.class)
class AddAgentFolderTest {
    @TempDir static Path home;
    @TempDir static Path folder;
    private OpenWindow open;

    @Start
    void start(Stage stage) {
        open = OpenWindow.open(stage, new ConsolePaths(home, Map.of()), ConsoleContext.Overrides.NONE, 1000, 700);
    }

    @AfterEach
    void close() {
        open.close();
    }

    @Test
    void anAddedFolderIsSavedAndItsAgentsListed(FxRobot robot) throws Exception {
        Path agent = Files.createDirectories(folder.resolve("notes-bot"));
        Files.writeString(agent.resolve("notes-bot.yaml"), """
                apiVersion: scitex-agent-container/v3
                kind: Agent
                spec:
                  runtime: slurm
                """);
        robot.interact(() -> open.window().model().addAgentFolder(folder));
        @SuppressWarnings("unchecked")
        TableView<AgentRow> table = robot.lookup("#agentsTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.name().equals("notes-bot")));
        assertThat(Files.readString(new ConsolePaths(home, Map.of()).settingsFile())).contains(folder.toString());
    }
}
