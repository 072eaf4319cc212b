package io.scitex.console.ui.common;

import io.scitex.console.slurm.BookRequest;
import io.scitex.console.ui.reservations.BookDialog;
import io.scitex.console.ui.reservations.BookForm;
import io.scitex.console.ui.theme.Theme;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX dialogs owned by the window (so they share its theme and stay on top of it). */
public final class FxDialogs implements Dialogs {
    private final Supplier<Window> owner;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String header, String text) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        confirm.setHeaderText(header);
        own(confirm);
        return confirm.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public void error(String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setMinWidth(560);
        own(alert);
        alert.show();
    }

    @Override
    public Optional<BookRequest> book(BookForm form) {
        BookDialog dialog = new BookDialog(form);
        own(dialog);
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File dir = chooser.showDialog(owner.get());
        return Optional.ofNullable(dir).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String header, String text, boolean multiLine) {
        return new TextDialog(header, text, multiLine, this::own).ask();
    }

    private void own(Dialog<?> dialog) {
        Theme.style(dialog.getDialogPane());
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
    }
}
