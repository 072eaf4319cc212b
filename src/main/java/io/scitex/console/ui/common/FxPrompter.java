package io.scitex.console.ui.common;

import io.scitex.console.remote.Prompt;
import io.scitex.console.remote.Prompter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

/**
 * Asks the SSH layer's questions in dialogs. Called on a connecting thread, it waits for the answer given on the FX
 * thread; never call it on the FX thread. Answers stay in memory only.
 */
public final class FxPrompter implements Prompter {

    @Override
    public String passphrase(Path keyFile) {
        List<String> answers = ask("Key passphrase", "Passphrase for " + keyFile, List.of(new Prompt("Passphrase", false)));
        return answers == null ? null : answers.get(0);
    }

    @Override
    public List<String> keyboardInteractive(String host, String name, String instruction, List<Prompt> prompts) {
        String header = "Login to " + host + (name.isBlank() ? "" : ": " + name)
                + (instruction.isBlank() ? "" : "\n" + instruction);
        return ask("Authentication for " + host, header, prompts);
    }

    @Override
    public String password(String user, String host) {
        List<String> answers = ask("Password", "Password for " + user + "@" + host, List.of(new Prompt("Password", false)));
        return answers == null ? null : answers.get(0);
    }

    @Override
    public boolean acceptHostKey(String host, String keyType, String fingerprint) {
        return onFx(() -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
            io.scitex.console.ui.theme.Theme.style(alert.getDialogPane());
            alert.setTitle("Unknown host key");
            alert.setHeaderText("The authenticity of host '" + host + "' can't be established.");
            alert.setContentText(keyType + " key fingerprint is " + fingerprint + ".\n\n"
                    + "Check it with your cluster's documentation before you trust it. Trusting adds it to your"
                    + " known_hosts file.");
            ButtonType trust = new ButtonType("Trust and connect");
            alert.getButtonTypes().setAll(trust, ButtonType.CANCEL);
            return alert.showAndWait().filter(trust::equals).isPresent();
        });
    }

    private List<String> ask(String title, String header, List<Prompt> prompts) {
        return onFx(() -> {
            Dialog<List<String>> dialog = new Dialog<>();
            io.scitex.console.ui.theme.Theme.style(dialog.getDialogPane());
            dialog.setTitle(title);
            dialog.setHeaderText(header);
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(8);
            grid.setPadding(new Insets(12));
            List<TextInputControl> fields = new ArrayList<>();
            for (int i = 0; i < prompts.size(); i++) {
                Prompt p = prompts.get(i);
                TextInputControl field = p.echo() ? new TextField() : new PasswordField();
                field.setId("prompt-" + i);
                fields.add(field);
                Label label = new Label(p.text().strip());
                label.setLabelFor(field);
                grid.addRow(i, label, field);
            }
            dialog.getDialogPane().setContent(grid);
            dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
            dialog.setResultConverter(b -> b == ButtonType.OK ? fields.stream().map(TextInputControl::getText).toList() : null);
            if (!fields.isEmpty()) {
                Platform.runLater(fields.get(0)::requestFocus);
            }
            Optional<List<String>> answer = dialog.showAndWait();
            return answer.orElse(null);
        });
    }

    private static <T> T onFx(Supplier<T> question) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("SSH prompts must not be asked on the FX thread");
        }
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("prompt failed", e.getCause());
        }
    }
}
