package io.scitex.console.ui.logs;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks where to save the log: the window, the dialog's title and a suggested file name in; the chosen file out, or
 * null when the user cancels. The window asks with JavaFX's save dialog ({@link #DIALOG}); a test answers with a
 * path and drives the real Save menu end to end. FX thread.
 */
@FunctionalInterface
public interface SaveChooser {
    Path choose(Window owner, String title, String fileName);

    /** JavaFX's save dialog. */
    SaveChooser DIALOG = (owner, title, fileName) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    };
}
