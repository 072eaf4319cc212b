package io.scitex.console.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application and composition root of the window. */
public class ConsoleApp extends Application {

    /** Opens the window and blocks until it is closed. */
    public static void launchWindow() {
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("SAC Console");
        stage.setScene(new Scene(loadMain(), 1280, 800));
        stage.show();
    }

    static Parent loadMain() {
        FXMLLoader loader = new FXMLLoader(ConsoleApp.class.getResource("/fxml/main.fxml"));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/main.fxml", e);
        }
    }
}
