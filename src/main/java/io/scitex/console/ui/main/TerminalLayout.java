package io.scitex.console.ui.main;

import io.scitex.console.ui.theme.Theme;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Room for a real TUI: a terminal tab opening in the bottom pane moves the divider up so the terminal gets at least
 * 30 rows at the default window size; the tables can be collapsed (maximised terminal), and a terminal can be torn
 * off into its own window, which puts it back as a tab when it is closed. FX thread.
 */
public final class TerminalLayout {
    /** The divider position a terminal opens with: the tables keep a few rows, the terminal the rest. */
    static final double TERMINAL_DIVIDER = 0.22;

    private final SplitPane split;
    private final Node tables;
    private final TabPane details;
    private double dividerBeforeMaximise = TERMINAL_DIVIDER;

    TerminalLayout(SplitPane split, Node tables, TabPane details) {
        this.split = split;
        this.tables = tables;
        this.details = details;
        details.getTabs().addListener((ListChangeListener<Tab>) c -> {
            while (c.next()) {
                if (c.wasAdded() && c.getAddedSubList().stream().anyMatch(Tab::isClosable)) {
                    giveRoom();
                }
            }
        });
    }

    /** Moves the divider up to {@link #TERMINAL_DIVIDER} unless the user already gave the terminal more. */
    void giveRoom() {
        if (split.getItems().contains(tables) && split.getDividerPositions()[0] > TERMINAL_DIVIDER) {
            split.setDividerPositions(TERMINAL_DIVIDER);
        }
    }

    /** True while the tables are collapsed. */
    public boolean maximised() {
        return !split.getItems().contains(tables);
    }

    /** Collapses the tables so the terminal pane fills the window, or brings them back. */
    public void toggleMaximised() {
        if (maximised()) {
            split.getItems().add(0, tables);
            split.setDividerPositions(dividerBeforeMaximise);
        } else {
            dividerBeforeMaximise = split.getDividerPositions()[0];
            split.getItems().remove(tables);
        }
    }

    /** Moves the selected closable tab's content into a window of its own; closing that window puts it back. */
    public Stage tearOff() {
        Tab tab = details.getSelectionModel().getSelectedItem();
        if (tab == null || !tab.isClosable() || tab.getContent() == null) {
            return null;
        }
        Node content = tab.getContent();
        int index = details.getTabs().indexOf(tab);
        tab.setContent(null);
        details.getTabs().remove(tab);
        Stage stage = new Stage();
        stage.setTitle(tab.getText());
        stage.titleProperty().bind(tab.textProperty());
        Scene scene = new Scene(new StackPane(content), Math.max(640, split.getWidth()),
                Math.max(480, split.getHeight()));
        Theme.style(scene);
        stage.setScene(scene);
        if (split.getScene() != null) {
            stage.initOwner(split.getScene().getWindow());
        }
        stage.setOnHidden(e -> putBack(tab, content, index));
        stage.show();
        content.requestFocus();
        return stage;
    }

    private void putBack(Tab tab, Node content, int index) {
        ((StackPane) content.getParent()).getChildren().remove(content);
        tab.setContent(content);
        details.getTabs().add(Math.min(index, details.getTabs().size()), tab);
        details.getSelectionModel().select(tab);
    }
}
