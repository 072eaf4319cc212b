package io.scitex.console.ui;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.settings.ConsolePaths;
import io.scitex.console.ui.common.FxErrors;
import io.scitex.console.ui.common.FxPrompter;
import io.scitex.console.ui.common.FxUiExecutor;
import io.scitex.console.ui.activity.ActivityController;
import io.scitex.console.ui.agents.AgentsController;
import io.scitex.console.ui.logs.LogController;
import io.scitex.console.ui.main.MainController;
import io.scitex.console.ui.problems.ProblemsController;
import io.scitex.console.ui.reservations.ReservationsController;
import io.scitex.console.ui.main.MainViewModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.stage.Stage;

/** The JavaFX application: builds the context from the user's settings and the command line, opens the window. */
public class ConsoleApp extends Application {
    private static volatile ConsolePaths launchPaths = ConsolePaths.system();
    private static volatile ConsoleContext.Overrides launchOverrides = ConsoleContext.Overrides.NONE;
    private FxUiExecutor executor;
    private ConsoleContext context;
    private ConsoleWindow window;

    /**
     * {@link #launchWindow(ConsolePaths, ConsoleContext.Overrides)} from plain JDK values, as
     * {@code launch.WindowLauncher} calls it across class loaders; a null option is not given.
     */
    public static void launchWindow(java.nio.file.Path home, java.util.Map<String, String> env,
            java.nio.file.Path sshConfig, java.nio.file.Path knownHosts, String defaultHost) {
        launchWindow(new ConsolePaths(home, env), ConsoleContext.Overrides.NONE.withSshConfig(sshConfig)
                .withKnownHosts(knownHosts).withDefaultHost(defaultHost));
    }

    /** Opens the window with the command line's options and blocks until it is closed. */
    public static void launchWindow(ConsolePaths paths, ConsoleContext.Overrides overrides) {
        launchPaths = paths;
        launchOverrides = overrides;
        Application.launch(ConsoleApp.class);
    }

    @Override
    public void start(Stage stage) {
        FxErrors.install();
        executor = new FxUiExecutor(4);
        try {
            context = ConsoleContext.open(launchPaths, launchOverrides, new FxPrompter());
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("SAC Console cannot start");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        window = show(stage, context, executor);
    }

    /** Shows the window for {@code context} on {@code stage} and starts it. */
    public static ConsoleWindow show(Stage stage, ConsoleContext context, FxUiExecutor executor) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        ConsoleWindow w = new ConsoleWindow(context, executor, Math.min(1280, screen.getWidth()),
                Math.min(820, screen.getHeight()));
        w.model().baseTitleProperty().set(title(context));
        stage.titleProperty().bind(w.model().windowTitleProperty()); // "… — 2 need you"
        stage.setScene(w.scene());
        stage.show();
        w.start();
        return w;
    }

    /** "SAC Console — host" for the default host, if any. */
    public static String title(ConsoleContext context) {
        return "SAC Console" + context.defaultHost().map(h -> " — " + h).orElse("");
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

    /** The controller of main.fxml or of one of the tabs it includes, over its part of {@code model}. */
    private static Object controller(Class<?> type, MainViewModel model) {
        if (type == MainController.class) {
            return new MainController(model);
        } else if (type == AgentsController.class) {
            return new AgentsController(model.agentsTab());
        } else if (type == ReservationsController.class) {
            return new ReservationsController(model.reservationsTab());
        } else if (type == io.scitex.console.ui.inbox.InboxController.class) {
            return new io.scitex.console.ui.inbox.InboxController(model.inboxTab(), model);
        } else if (type == ProblemsController.class) {
            return new ProblemsController(model.problemsTab());
        } else if (type == ActivityController.class) {
            return new ActivityController(model.activityTab());
        } else if (type == io.scitex.console.ui.conversation.ConversationController.class) {
            return new io.scitex.console.ui.conversation.ConversationController(model.conversation());
        } else if (type == LogController.class) {
            return new LogController(model.logs(), model::message);
        }
        throw new IllegalArgumentException("no controller " + type);
    }

    /** Loads main.fxml (and the tabs it includes) with controllers bound to {@code model}. */
    public static Parent loadMain(MainViewModel model) {
        FXMLLoader loader = new FXMLLoader(ConsoleApp.class.getResource("/fxml/main.fxml"));
        loader.setControllerFactory(type -> controller(type, model));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load /fxml/main.fxml", e);
        }
    }
}
