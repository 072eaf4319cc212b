package io.scitex.console.ui.logs;

import java.util.List;
import java.util.function.Supplier;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

/**
 * The log list: drains the model once per FX pulse while the pane is shown (one list change per frame, however big
 * the burst) and sleeps after half a second without lines until the next arrive, keeps the newest line in view while
 * following, wraps on demand (fixed row height otherwise, so the list never measures its rows), copies the selected
 * lines.
 */
final class LogPaneController {
    /** Row height of the mono cells (12 px font, 1.5 em rows; console.css). */
    static final double ROW = 18;

    private final LogPaneModel model;
    private final ListView<String> view;
    private final LogListSkin skin;
    private final ToggleButton follow;
    private final Supplier<String> needle;
    /** Pulses without a line before the drain sleeps until the next offer (an idle log costs no frames). */
    private static final int IDLE_PULSES = 30;

    private final AtomicBoolean awake = new AtomicBoolean();
    private int idle;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            int n = model.pulse();
            if (n > 0) {
                idle = 0;
                if (follow.isSelected()) {
                    scrollToEnd();
                }
            } else if (++idle > IDLE_PULSES && !model.output().hasPending()) {
                sleep();
            }
        }
    };

    LogPaneController(LogPaneModel model, ListView<String> view, Label title, ToggleButton follow,
            ToggleButton wrap, Button copy, Supplier<String> needle) {
        this.model = model;
        this.view = view;
        this.follow = follow;
        this.needle = needle;
        view.setItems(model.output().visible());
        model.output().visibleProperty().addListener((o, was, now) -> view.setItems(now));
        view.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        view.setFixedCellSize(ROW);
        skin = new LogListSkin(view, follow::isSelected);
        view.setSkin(skin);
        view.setCellFactory(v -> new LogCell(needle, false));
        title.textProperty().bind(model.titleProperty());
        // the title has a fixed width so that the toolbar's controls stay out of its overflow menu down to 1260 px;
        // a longer title is cut, and shown whole on hover
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.titleProperty());
        title.setTooltip(whole);
        wrap.selectedProperty().addListener((o, was, on) -> {
            view.setFixedCellSize(on ? -1 : ROW);
            view.setCellFactory(v -> new LogCell(needle, on));
        });
        follow.selectedProperty().addListener((o, was, on) -> {
            if (on) {
                scrollToEnd();
            }
        });
        copy.setOnAction(e -> copy());
        view.setOnKeyPressed(e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C) {
                copy();
                e.consume();
            }
        });
        model.output().setOnOffer(this::wake);
        model.activeProperty().addListener((o, was, on) -> run(on));
        run(model.activeProperty().get());
        warmUpOnceShown();
    }

    /**
     * Half a second after the pane is first shown, lays out and draws a throwaway list of log lines off screen: the
     * first lines a JVM shows in a list cost its FX thread 60-85 ms of CPU (classes, CSS, the mono font's glyphs,
     * the cells' first layout) and made the pane's first pulse with lines 110-175 ms long (bench/run logview). Paid
     * while the user has not picked an agent yet, not when the first lines arrive (decision 0515).
     */
    private void warmUpOnceShown() {
        // the scene comes before its window, and the window before it shows: follow each until the pane is shown
        javafx.beans.value.ChangeListener<Object> check = new javafx.beans.value.ChangeListener<>() {
            private javafx.scene.Scene scene;
            private javafx.stage.Window window;
            private boolean done;

            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object was, Object now) {
                if (done) {
                    return;
                }
                javafx.scene.Scene s = view.getScene();
                javafx.stage.Window w = s == null ? null : s.getWindow();
                if (s != scene) {
                    if (scene != null) {
                        scene.windowProperty().removeListener(this);
                    }
                    scene = s;
                    if (s != null) {
                        s.windowProperty().addListener(this);
                    }
                }
                if (w != window) {
                    if (window != null) {
                        window.showingProperty().removeListener(this);
                    }
                    window = w;
                    if (w != null) {
                        w.showingProperty().addListener(this);
                    }
                }
                if (s != null && w != null && w.isShowing()) {
                    done = true;
                    view.sceneProperty().removeListener(this);
                    s.windowProperty().removeListener(this);
                    w.showingProperty().removeListener(this);
                    javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(
                            javafx.util.Duration.millis(500));
                    later.setOnFinished(e -> warmUp(s.getStylesheets(), s.getRoot().getStylesheets()));
                    later.play();
                }
            }
        };
        view.sceneProperty().addListener(check);
        check.changed(view.sceneProperty(), null, view.getScene());
    }

    private void warmUp(List<String> sceneSheets, List<String> rootSheets) {
        try {
            warmUpList(sceneSheets, rootSheets);
        } catch (RuntimeException e) {
            // only a head start: the pane works the same without it
            org.slf4j.LoggerFactory.getLogger(LogPaneController.class).debug("log pane warm-up failed", e);
        }
    }

    private void warmUpList(List<String> sceneSheets, List<String> rootSheets) {
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            lines.add(i % 10 == 9 ? "Error: a warm-up line " + i : "2026-01-01T00:00:00Z warm-up line " + i + " ⎿ ● ❯");
        }
        ListView<String> w = new ListView<>(javafx.collections.FXCollections.observableArrayList(lines));
        w.getStyleClass().setAll(view.getStyleClass());
        w.setFixedCellSize(ROW);
        w.setSkin(new LogListSkin(w, () -> true));
        w.setCellFactory(v -> new LogCell(() -> "", false));
        javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(w);
        root.getStylesheets().setAll(rootSheets);
        javafx.scene.Scene scene = new javafx.scene.Scene(root, 1000, 400);
        scene.getStylesheets().setAll(sceneSheets);
        root.applyCss();
        root.layout();
        root.snapshot(null, null);
        for (int i = 0; i < 40; i++) { // appending and following, as a burst does: the code runs warm (JIT)
            w.getItems().add("2026-01-01T00:00:00Z warm-up line " + (60 + i));
            w.scrollTo(w.getItems().size() - 1);
            root.layout();
        }
        root.snapshot(null, null);
    }

    private void run(boolean on) {
        if (on) {
            idle = 0;
            awake.set(true);
            timer.start();
        } else {
            timer.stop();
            awake.set(false);
        }
    }

    /** Stops asking for frames; an offer after this wakes the drain ({@link #wake}). */
    private void sleep() {
        timer.stop();
        awake.set(false);
        if (model.output().hasPending()) { // offered between the check and the flag
            wake();
        }
    }

    /** From any thread: lines arrived; restarts the drain on the FX thread if it sleeps and the pane is shown. */
    private void wake() {
        if (awake.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                if (model.activeProperty().get()) {
                    idle = 0;
                    timer.start();
                } else {
                    awake.set(false);
                }
            });
        }
    }

    /** Shows line {@code at} of the visible lines selected, a few lines of context above it; pauses following. */
    void reveal(int at) {
        follow.setSelected(false);
        view.getSelectionModel().clearAndSelect(at);
        view.scrollTo(Math.max(0, at - 3));
        view.refresh(); // the search text's highlight
    }

    /** Index of the selected line in the visible lines, or -1. */
    int selected() {
        return view.getSelectionModel().getSelectedIndex();
    }

    void refresh() {
        view.refresh();
    }

    private void scrollToEnd() {
        skin.toEnd();
    }

    private void copy() {
        List<String> lines = List.copyOf(view.getSelectionModel().getSelectedItems());
        if (!lines.isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(String.join("\n", lines) + "\n");
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
