package io.scitex.console.ui.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.status.conversation.TranscriptParser;
import io.scitex.console.ui.ConsoleApp;
import io.scitex.console.ui.common.DirectUiExecutor;
import io.scitex.console.ui.main.MainViewModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Conversation tab in the real main window (FXML, cells), fed a real transcript by a test source. */
@ExtendWith(ApplicationExtension.class)
class ConversationViewTest {
    private final MainViewModel model = new MainViewModel();
    private final AtomicInteger follows = new AtomicInteger();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(ConsoleApp.loadMain(model), 1100, 800));
        stage.show();
    }

    private static List<String> fixture() throws IOException {
        try (InputStream in = ConversationViewTest.class.getResourceAsStream(
                "/claude-transcripts/bash-approved-then-denied.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void theTabShowsTheCommandResultsCollapsedErrorsAndTokensAndFollowsOnlyWhileSelected(FxRobot robot)
            throws IOException {
        List<String> lines = fixture();
        robot.interact(() -> {
            model.conversation().setSource((agent, sink, p) -> {
                follows.incrementAndGet();
                sink.accept(TranscriptParser.parse("/home/u/.claude/projects/-w/s.jsonl", lines));
                return () -> { };
            }, new DirectUiExecutor(), m -> { });
            model.conversation().select("p1");
        });
        assertThat(follows).as("not followed while the Log tab is shown").hasValue(0);
        robot.interact(() -> robot.lookup("#detailTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        assertThat(follows).hasValue(1);

        ListView<?> list = robot.lookup("#conversationView").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(15);
        assertThat(robot.lookup("#conversationTotal").queryAs(Label.class).getText())
                .isEqualTo("Total: in 40 · out 20 · cache read 0 · cache write 0 · estimated cost $0.0003");
        robot.interact(() -> list.scrollTo(0));
        Label command = robot.lookup(".conv-tool-input").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("$ touch")).findFirst().orElseThrow();
        assertThat(command.getStyleClass()).contains("mono");
        TitledPane result = robot.lookup((Node n) -> n instanceof TitledPane t
                && t.getText().equals("Result of Bash: approved-e4f2e2")).queryAs(TitledPane.class);
        assertThat(result.isExpanded()).as("results start collapsed").isFalse();
        robot.clickOn(result.lookup(".title"));
        assertThat(result.isExpanded()).isTrue();
        assertThat(((Label) result.getContent()).getText()).isEqualTo("approved-e4f2e2");

        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        assertThat(robot.lookup(".conv-error-title").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Interrupted");
        assertThat(robot.lookup(".conv-tokens").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("Turn 3 tokens: in 10 · out 5"));
    }
}
