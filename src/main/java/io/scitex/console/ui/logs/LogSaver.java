package io.scitex.console.ui.logs;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;

/** Save the lines shown (what the filter leaves) or every line kept: ask where ({@link SaveChooser}), then write. */
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
        String title = "Save " + (visibleOnly ? "the " + n + " lines shown" : "all " + n + " lines kept") + " of "
                + agent;
        Path file = model.saveChooser().choose(view.getScene().getWindow(), title, agent + ".log");
        if (file != null) {
            model.save(file, visibleOnly);
        }
    }
}
