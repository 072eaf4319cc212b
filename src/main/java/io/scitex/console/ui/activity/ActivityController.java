package io.scitex.console.ui.activity;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ListView;

/** Thin controller of activity.fxml: the newest line stays in view. */
public final class ActivityController {
    private final ActivityViewModel model;

    @FXML private ListView<String> activityList;

    public ActivityController(ActivityViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        activityList.setItems(model.lines());
        model.lines().addListener((ListChangeListener<String>) c -> activityList.scrollTo(model.lines().size() - 1));
    }
}
