package io.scitex.console.ui;

import io.scitex.console.app.InventoryLoader;
import io.scitex.console.lease.LeaseStore;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.settings.SettingsStore;
import io.scitex.console.ui.common.FxUiExecutor;
import io.scitex.console.ui.main.MainActions;
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

    private FxUiExecutor executor;

    @Override
    public void start(Stage stage) {
        ConsolePaths paths = ConsolePaths.system();
        SettingsStore settings = new SettingsStore(paths);
        InventoryLoader inventory = new InventoryLoader(paths, settings, LeaseStore.of(paths));
        executor = new FxUiExecutor(4);
        MainViewModel model = new MainViewModel();
        Runnable reload = () -> executor.submit(inventory::load, model::applyInventory,
                e -> model.message("Could not read agents and reservations: " + e.getMessage()));
        model.setActions(new MainActions() {
            @Override
            public void reload() {
                reload.run();
            }
        });
        reload.run();
        Scene scene = new Scene(loadMain(model), 1280, 800);
        Theme.apply(scene, false);
        stage.setTitle("SAC Console");
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() {
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
