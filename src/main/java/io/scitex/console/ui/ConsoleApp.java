package io.scitex.console.ui;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.ui.common.FxErrors;
import io.scitex.console.ui.common.FxPrompter;
import io.scitex.console.ui.common.FxUiExecutor;
import io.scitex.console.ui.main.MainController;
import io.scitex.console.ui.main.MainViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.stage.Stage;

/** The JavaFX application: builds the context from the user's settings and opens the window. */
public class ConsoleApp extends Application {
    private FxUiExecutor executor;
    private ConsoleContext context;
    private ConsoleWindow window;

    /** Opens the window and blocks until it is closed. */
    public static void launchWindow() {
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        FxErrors.install();
        executor = new FxUiExecutor(4);
        try {
            context = ConsoleContext.open(ConsolePaths.system(), ConsoleContext.Overrides.NONE, new FxPrompter());
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("SAC Console cannot start");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = new ConsoleWindow(context, executor, 1280, 820);
        stage.setTitle("SAC Console" + context.defaultHost().map(h -> " — " + h).orElse(""));
        stage.setScene(window.scene());
        stage.show();
        window.start();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (context != null) {
            context.close();
        }
        if (executor != null) {
            executor.close();
        }
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
