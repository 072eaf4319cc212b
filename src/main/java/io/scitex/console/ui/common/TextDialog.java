package io.scitex.console.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/** A dialog asking for one text, on one line or several (a prompt keeps its newlines; Enter in it is a newline). */
final class TextDialog {
    private final Dialog<String> dialog = new Dialog<>();
    private final TextInputControl input;

    TextDialog(String header, String text, boolean multiLine, Consumer<Dialog<?>> own) {
        dialog.setTitle("SAC Console");
        dialog.setHeaderText(header);
        if (multiLine) {
            TextArea area = new TextArea();
            area.setPrefRowCount(8);
            area.setPrefColumnCount(60);
            area.setWrapText(true);
            input = area;
        } else {
            TextField field = new TextField();
            field.setPrefColumnCount(50);
            input = field;
        }
        input.setId("ask-text");
        Label what = new Label(text);
        what.setId("ask-what");
        what.setWrapText(true);
        what.setMaxWidth(560);
        dialog.getDialogPane().setContent(new VBox(8, what, input));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? input.getText() : null);
        own.accept(dialog);
        dialog.setOnShown(e -> input.requestFocus());
    }

    Optional<String> ask() {
        return dialog.showAndWait();
    }
}
