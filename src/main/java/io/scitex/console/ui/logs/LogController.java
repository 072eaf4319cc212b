package io.scitex.console.ui.logs;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;

/** Controller of log.fxml: hands its controls to the view, search and save parts. */
public final class LogController {
    private final LogPaneModel model;
    private final Consumer<String> message;

    @FXML private ListView<String> logView;
    @FXML private Label logTitle;
    @FXML private TextField logSearchField;
    @FXML private Button logPrevButton;
    @FXML private Button logNextButton;
    @FXML private ToggleButton logFilterToggle;
    @FXML private Button logPrevErrorButton;
    @FXML private Button logNextErrorButton;
    @FXML private ToggleButton wrapToggle;
    @FXML private ToggleButton followToggle;
    @FXML private Button copyLogButton;
    @FXML private MenuItem saveVisibleItem;
    @FXML private MenuItem saveAllItem;

    public LogController(LogPaneModel model, Consumer<String> message) {
        this.model = model;
        this.message = message;
    }

    @FXML
    private void initialize() {
        LogPaneController pane = new LogPaneController(model, logView, logTitle, followToggle, wrapToggle,
                copyLogButton, logSearchField::getText);
        new LogSearch(model.output(), pane, logSearchField, logFilterToggle, message).wire(logPrevButton,
                logNextButton, logPrevErrorButton, logNextErrorButton);
        new LogSaver(model, logView).wire(saveVisibleItem, saveAllItem);
    }
}
