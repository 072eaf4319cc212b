package io.scitex.console.ui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.runtime.LogTail;
import io.scitex.console.ui.common.DirectUiExecutor;
import io.scitex.console.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.fxml.FXMLLoader;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Log pane (log.fxml, its controller and cells, the console's CSS) fed by a tail the test drives: following
 * keeps the newest line in view while the list grows and past the cap and pausing keeps the view still; Wrap wraps a
 * long line to the pane's width and back; Save asks where and writes the lines shown or every line kept.
 */
@ExtendWith(ApplicationExtension.class)
class LogPaneViewTest {
    private static final int CAP = 500;

    @TempDir
    Path tmp;

    private final LogPaneModel model = new LogPaneModel();
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final CompletableFuture<LogTail.Listener> tail = new CompletableFuture<>();
    private ListView<String> view;

    @Start
    @SuppressWarnings("unchecked")
    void start(Stage stage) throws IOException {
        FXMLLoader loader = new FXMLLoader(LogPaneViewTest.class.getResource("/fxml/log.fxml"));
        loader.setControllerFactory(t -> new LogController(model, messages::add));
        Theme.use(false); // the window's theme (its buttons are wider than JavaFX's own), whatever ran before
        Scene scene = new Scene(loader.load(), 1260, 400); // the toolbar shows every button; on the 1280 px headless screen
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        view = (ListView<String>) scene.lookup("#logView");
        model.setSource((agent, lines, listener) -> {
            tail.complete(listener);
            return () -> { };
        }, new DirectUiExecutor(), CAP, messages::add);
        model.show("agent-a");
        model.activeProperty().set(true);
    }

    @Test
    void followKeepsTheNewestLineInViewAsTheListGrowsAndPastTheCapAndPauseKeepsTheViewStill(FxRobot robot)
            throws Exception {
        send(lines(1, 300));
        awaitShown("line 300");
        send(lines(301, 900));
        awaitShown("line 900");
        assertThat(fx(() -> view.getItems().size())).isEqualTo(CAP);
        assertThat(fx(() -> view.getItems().get(0))).isEqualTo("line 401");

        click(robot, "#followToggle"); // pause
        robot.interact(() -> view.scrollTo(0));
        send(lines(901, 1000));
        await(() -> fx(() -> view.getItems().get(CAP - 1)).equals("line 1000"), "line 1000 in the list");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownCell("line 1000")).as("paused: the view stays where the user put it").isEmpty();
        assertThat(fx(() -> cells().get(0).getIndex())).isZero();

        click(robot, "#followToggle"); // follow again
        awaitShown("line 1000");
    }

    @Test
    void wrapShowsALongLineOnSeveralRowsOfThePanesWidthAndBack(FxRobot robot) throws Exception {
        String longLine = "long " + String.join(" ", IntStream.rangeClosed(1, 120).mapToObj(i -> "word" + i)
                .toList());
        List<String> batch = new ArrayList<>(lines(1, 5));
        batch.add(longLine);
        send(batch);
        awaitShown(longLine);
        ListCell<String> cell = shownCell(longLine).orElseThrow();
        assertThat(cell.isWrapText()).isFalse();
        assertThat(cell.getHeight()).as("one row").isEqualTo(LogPaneController.ROW);

        click(robot, "#wrapToggle");
        await(() -> shownCell(longLine).map(ListCell::isWrapText).orElse(false), "the long line wrapped");
        ListCell<String> wrapped = shownCell(longLine).orElseThrow();
        assertThat(wrapped.getHeight()).as("several rows").isGreaterThan(3 * LogPaneController.ROW);
        assertThat(wrapped.getWidth()).as("the pane's width").isLessThanOrEqualTo(fx(() -> view.getWidth()));
        assertThat(shownCell("line 5").orElseThrow().getHeight()).as("a short line keeps one row")
                .isLessThan(2 * LogPaneController.ROW);

        click(robot, "#wrapToggle");
        await(() -> shownCell(longLine).map(c -> !c.isWrapText()).orElse(false), "the long line on one row again");
        assertThat(shownCell(longLine).orElseThrow().getHeight()).isEqualTo(LogPaneController.ROW);
    }

    @Test
    void followKeepsTheNewestLineInViewWhileWrappingLongLines(FxRobot robot) throws Exception {
        click(robot, "#wrapToggle");
        for (int round = 0; round < 3; round++) {
            int from = round * 300 + 1;
            send(IntStream.rangeClosed(from, from + 299).mapToObj(i -> "line " + i + (i % 3 == 0 ? " long"
                    .repeat(60) : "")).toList());
            String last = "line " + (from + 299) + " long".repeat(60);
            awaitShown(last);
            ListCell<String> cell = shownCell(last).orElseThrow();
            assertThat(fx(() -> cell.localToScene(cell.getBoundsInLocal()).getMaxY())).as("the newest line whole")
                    .isLessThanOrEqualTo(fx(() -> view.localToScene(view.getBoundsInLocal()).getMaxY()));
        }
    }

    @Test
    void saveAsksWhereAndWritesEveryLineKeptOrTheLinesShownAndCancelWritesNothing(FxRobot robot) throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        Path[] answer = {tmp.resolve("all.log")};
        robot.interact(() -> model.setSaveChooser((owner, title, name) -> {
            asked.add(title + " | " + name + " | " + (owner == view.getScene().getWindow()));
            return answer[0];
        }));
        send(List.of("alpha 1", "beta 2", "alpha 3", "gamma 4"));
        awaitShown("gamma 4");

        click(robot, "#saveLogButton").clickOn("Save every line kept…");
        assertThat(Files.readAllLines(answer[0])).containsExactly("alpha 1", "beta 2", "alpha 3", "gamma 4");
        assertThat(asked).containsExactly("Save all 4 lines kept of agent-a | agent-a.log | true");
        assertThat(messages).containsExactly("Saved 4 lines (every line kept) to " + answer[0]);

        click(robot, "#logSearchField").write("alpha");
        click(robot, "#logFilterToggle");
        answer[0] = tmp.resolve("shown.log");
        click(robot, "#saveLogButton").clickOn("Save the lines shown…");
        assertThat(Files.readAllLines(answer[0])).containsExactly("alpha 1", "alpha 3");
        assertThat(asked).last().isEqualTo("Save the 2 lines shown of agent-a | agent-a.log | true");

        answer[0] = null; // the user cancels the dialog
        click(robot, "#saveLogButton").clickOn("Save every line kept…");
        assertThat(asked).hasSize(3);
        assertThat(messages).hasSize(2);
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("all.log", "shown.log");
        }
    }

    private void send(List<String> lines) throws Exception {
        tail.get(10, TimeUnit.SECONDS).lines(lines);
    }

    private static List<String> lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).toList();
    }

    /** Waits until a cell on screen shows {@code line}. */
    /**
     * Clicks a toolbar control once it is in the shown toolbar: under load the first layout of a new scene may
     * still be pending, and the query finds no visible node.
     */
    private static org.testfx.api.FxRobotInterface click(FxRobot robot, String query) throws Exception {
        await(() -> robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).orElse(false),
                query + " in the shown toolbar");
        return robot.clickOn(query);
    }

    private void awaitShown(String line) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shownCell(line).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("\"" + line + "\" not on screen within 20 s; " + fx(this::onScreen), e);
        }
    }

    /** What the list shows: its size, its bounds, and each cell laid out in it (index, top, bottom). */
    private String onScreen() {
        var list = view.localToScene(view.getBoundsInLocal());
        StringBuilder b = new StringBuilder("list of " + view.getItems().size() + " lines, y " + list.getMinY() + "-"
                + list.getMaxY() + "; cells:");
        view.lookupAll(".list-cell").stream().filter(n -> n.isVisible() && n instanceof ListCell<?> c
                && c.getIndex() >= 0).map(n -> (ListCell<?>) n).sorted((a, c) -> Integer.compare(a.getIndex(),
                c.getIndex())).forEach(c -> {
                    var at = c.localToScene(c.getBoundsInLocal());
                    b.append(" #").append(c.getIndex()).append(" ").append(Math.round(at.getMinY())).append("-")
                            .append(Math.round(at.getMaxY()));
                });
        return b.toString();
    }

    /** The visible cell showing {@code line}, if one is on screen. */
    private Optional<ListCell<String>> shownCell(String line) throws Exception {
        return fx(() -> cells().stream().filter(c -> line.equals(c.getItem())).findFirst());
    }

    /** The cells on screen, top first. */
    @SuppressWarnings("unchecked")
    private List<ListCell<String>> cells() {
        return view.lookupAll(".list-cell").stream().filter(n -> n.isVisible() && n instanceof ListCell<?> c
                && !c.isEmpty() && c.getItem() != null && c.localToScene(c.getBoundsInLocal()).getMaxY() > 0
                && isInView(c)).map(n -> (ListCell<String>) n).sorted((a, b) -> Integer.compare(a.getIndex(),
                b.getIndex())).toList();
    }

    /** The cell lies within the list's viewport (not a spare cell parked outside it). */
    private boolean isInView(ListCell<?> c) {
        var cell = c.localToScene(c.getBoundsInLocal());
        var list = view.localToScene(view.getBoundsInLocal());
        return cell.getMinY() >= list.getMinY() - 1 && cell.getMaxY() <= list.getMaxY() + 1;
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }

    private static void await(Callable<Boolean> condition, String what) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(what + " did not happen within 20 s", e);
        }
    }
}
