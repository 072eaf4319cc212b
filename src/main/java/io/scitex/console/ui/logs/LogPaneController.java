package io.scitex.console.ui.logs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.stage.FileChooser;

/** Wires the log pane's controls: follow, search (highlight and jump, context kept), save. */
public final class LogPaneController {
    private final LogPaneModel model;
    private final ListView<String> view;
    private final TextField search;
    private final ToggleButton follow;
    private final Consumer<String> message;

    public LogPaneController(LogPaneModel model, ListView<String> view, Label title, TextField search,
            ToggleButton follow, Button save, Consumer<String> message) {
        this.model = model;
        this.view = view;
        this.search = search;
        this.follow = follow;
        this.message = message;
        view.setItems(model.lines());
        view.setCellFactory(v -> new HighlightCell());
        title.textProperty().bind(model.titleProperty());
        model.lines().addListener((ListChangeListener<String>) c -> {
            if (follow.isSelected() && !model.lines().isEmpty()) {
                view.scrollTo(model.lines().size() - 1);
            }
        });
        search.setOnAction(e -> findNext());
        search.textProperty().addListener((o, was, now) -> view.refresh());
        save.setOnAction(e -> save());
    }

    private void findNext() {
        int from = view.getSelectionModel().getSelectedIndex() + 1;
        int at = model.find(search.getText(), from);
        if (at < 0) {
            message.accept("'" + search.getText() + "' is not in the lines the console kept");
            return;
        }
        follow.setSelected(false);
        view.getSelectionModel().clearAndSelect(at);
        view.scrollTo(Math.max(0, at - 3));
    }

    private void save() {
        if (model.agent() == null) {
            message.accept("Select an agent first");
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save all " + model.lines().size() + " lines the console kept for " + model.agent());
        chooser.setInitialFileName(model.agent() + ".log");
        java.io.File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            Files.write(Path.of(file.getPath()), model.lines(), StandardCharsets.UTF_8);
            message.accept("Saved " + model.lines().size() + " lines (everything the console kept) to " + file);
        } catch (IOException e) {
            message.accept("Could not save " + file + ": " + e.getMessage());
        }
    }

    private final class HighlightCell extends ListCell<String> {
        @Override
        protected void updateItem(String line, boolean empty) {
            super.updateItem(line, empty);
            setText(empty ? null : line);
            String needle = search.getText();
            boolean hit = !empty && line != null && needle != null && !needle.isEmpty()
                    && line.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
            getStyleClass().remove("log-hit");
            if (hit) {
                getStyleClass().add("log-hit");
            }
        }
    }
}
