package io.scitex.console.ui.logs;

import java.util.function.Supplier;
import javafx.scene.control.ListCell;

/**
 * One line of the log: monospaced, marked {@code log-hit} when it contains the search text and {@code log-error}
 * when it reports an error; wrapped to the view's width while wrapping is on.
 */
final class LogCell extends ListCell<String> {
    private final Supplier<String> needle;

    LogCell(Supplier<String> needle, boolean wrap) {
        this.needle = needle;
        getStyleClass().add("mono");
        setWrapText(wrap);
        if (wrap) {
            setPrefWidth(0); // the cell takes the view's width and grows downwards
            getStyleClass().add("log-wrap"); // its height from its text (console.css)
            setMinHeight(LogPaneController.ROW); // a one-line row as high as when not wrapping
        }
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty ? null : line);
        getStyleClass().removeAll("log-hit", "log-error");
        if (empty || line == null) {
            return;
        }
        String n = needle.get();
        if (n != null && !n.isEmpty() && OutputLogModel.contains(line, n)) {
            getStyleClass().add("log-hit");
        } else if (OutputLogModel.isError(line)) {
            getStyleClass().add("log-error");
        }
    }
}
