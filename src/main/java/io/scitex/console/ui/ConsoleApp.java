package io.scitex.console.ui;

import io.scitex.console.ui.main.MainController;
import io.scitex.console.ui.main.MainViewModel;
import io.scitex.console.ui.main.Theme;
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
        MainViewModel model = new MainViewModel();
        Scene scene = new Scene(loadMain(model), 1280, 800);
        Theme.apply(scene, false);
        stage.setTitle("SAC Console");
        stage.setScene(scene);
        stage.show();
    }

    /** Loads main.fxml with its controller bound to {@code model}. */
    public static Parent loadMain(MainViewModel model) {
        FXMLLoader loader = new FXMLLoader(ConsoleApp.class.getResource("/fxml/main.fxml"));
        loader.setControllerFactory(type -> {
            if (type == MainController.class) {
                return new MainController(model);
            }
            throw new IllegalArgumentException("no controller " + type);
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/main.fxml", e);
        }
    }
}
