package io.scitex.console.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/** A text field that takes digits only; a refused key is explained in {@code hint} instead of being lost silently. */
public final class DigitsOnly {
    private DigitsOnly() {}

    public static void install(TextField field, Label hint, String what) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (change.getControlNewText().matches("[0-9]*")) {
                hint.setText("");
                return change;
            }
            hint.setText(what + " takes digits only: '" + change.getText() + "' was not typed.");
            return null;
        }));
    }
}
