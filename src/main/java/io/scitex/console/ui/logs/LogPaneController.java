package io.scitex.console.ui.logs;

import java.util.List;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;

/**
 * The log list: drains the model once per FX pulse while the pane is shown (one list change per frame, however big
 * the burst), keeps the newest line in view while following, wraps on demand (fixed row height otherwise, so the
 * list never measures its rows), copies the selected lines.
 */
final class LogPaneController {
    /** Row height of the mono cells (12 px font, 1.5 em rows; console.css). */
    static final double ROW = 18;

    private final LogPaneModel model;
    private final ListView<String> view;
    private final ToggleButton follow;
    private final Supplier<String> needle;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (model.pulse() > 0 && follow.isSelected()) {
                scrollToEnd();
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
        view.setCellFactory(v -> new LogCell(needle, false));
        title.textProperty().bind(model.titleProperty());
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
        model.activeProperty().addListener((o, was, on) -> run(on));
        run(model.activeProperty().get());
    }

    private void run(boolean on) {
        if (on) {
            timer.start();
        } else {
            timer.stop();
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
        ObservableList<String> items = view.getItems();
        if (!items.isEmpty()) {
            view.scrollTo(items.size() - 1);
        }
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
