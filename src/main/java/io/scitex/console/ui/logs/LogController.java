package io.scitex.console.ui.logs;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

/** Controller of log.fxml: hands its controls to the {@link LogPaneController}. */
public final class LogController {
    private final LogPaneModel model;
    private final Consumer<String> message;

    @FXML private ListView<String> logView;
    @FXML private Label logTitle;
    @FXML private TextField logSearchField;
    @FXML private ToggleButton followToggle;
    @FXML private Button saveLogButton;

    public LogController(LogPaneModel model, Consumer<String> message) {
        this.model = model;
        this.message = message;
    }

    @FXML
    private void initialize() {
        new LogPaneController(model, logView, logTitle, logSearchField, followToggle, saveLogButton, message);
    }
}
