package io.scitex.console.ui.logs;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

/**
 * Search in the log: lines with the text are highlighted; next/previous select the match with lines of context
 * above it (Enter, Shift+Enter); "Only matching" filters to those lines; error jumps go to the next line reporting an
 * error. All on the lines shown, wrapping around.
 */
final class LogSearch {
    private final OutputLogModel output;
    private final LogPaneController pane;
    private final TextField field;
    private final ToggleButton filter;
    private final Consumer<String> message;

    LogSearch(OutputLogModel output, LogPaneController pane, TextField field, ToggleButton filter,
            Consumer<String> message) {
        this.output = output;
        this.pane = pane;
        this.field = field;
        this.filter = filter;
        this.message = message;
    }

    void wire(Button prev, Button next, Button prevError, Button nextError) {
        next.setOnAction(e -> find(true));
        prev.setOnAction(e -> find(false));
        nextError.setOnAction(e -> error(true));
        prevError.setOnAction(e -> error(false));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(!e.isShiftDown());
                e.consume();
            }
        });
        field.textProperty().addListener((o, was, now) -> {
            if (filter.isSelected()) {
                output.filter(now);
            }
            pane.refresh();
        });
        filter.selectedProperty().addListener((o, was, on) -> output.filter(on ? field.getText() : ""));
    }

    /** Selects the next (or previous) line with the search text. */
    void find(boolean forward) {
        String needle = field.getText();
        if (needle == null || needle.isEmpty()) {
            return;
        }
        int at = output.find(needle, start(forward), forward);
        if (at < 0) {
            message.accept("'" + needle + "' is not in the " + output.visible().size() + " lines shown");
        } else {
            pane.reveal(at);
        }
    }

    /** Selects the next (or previous) line reporting an error. */
    void error(boolean forward) {
        int at = output.nextError(start(forward), forward);
        if (at < 0) {
            message.accept("No line reports an error among the " + output.visible().size() + " lines shown");
        } else {
            pane.reveal(at);
        }
    }

    /** Where a search starts: the selected line, else before the first line (forward) or after the last. */
    private int start(boolean forward) {
        int sel = pane.selected();
        return sel >= 0 ? sel : forward ? -1 : output.visible().size();
    }
}
