package io.scitex.console.ui.logs;

import java.io.File;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/** Save the lines shown (what the filter leaves) or every line kept: a file chooser, then the model writes it. */
final class LogSaver {
    private final LogPaneModel model;
    private final ListView<String> view;

    LogSaver(LogPaneModel model, ListView<String> view) {
        this.model = model;
        this.view = view;
    }

    void wire(MenuItem visible, MenuItem all) {
        visible.setOnAction(e -> save(true));
        all.setOnAction(e -> save(false));
    }

    private void save(boolean visibleOnly) {
        String agent = model.agent();
        if (agent == null) {
            return;
        }
        int n = visibleOnly ? model.output().visible().size() : model.output().all().size();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + (visibleOnly ? "the " + n + " lines shown" : "all " + n + " lines kept")
                + " of " + agent);
        chooser.setInitialFileName(agent + ".log");
        File file = chooser.showSaveDialog(view.getScene().getWindow());
        if (file != null) {
            model.save(file.toPath(), visibleOnly);
        }
    }
}
