package io.scitex.console.ui;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.app.ConsoleContext;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.status.StatusEvent;
import io.scitex.console.status.StatusPoller;
import io.scitex.console.ui.common.UiExecutor;
import io.scitex.console.ui.main.MainViewModel;
import io.scitex.console.ui.main.Theme;
import io.scitex.console.ui.main.WindowActions;
import java.time.Clock;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main window wired to a {@link ConsoleContext}: view model, status poller (its snapshots applied on the FX
 * thread in one go), action log and user actions. Built on the FX thread; {@link #close()} on the way out.
 */
public final class ConsoleWindow implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleWindow.class);

    private final ConsoleContext context;
    private final MainViewModel model = new MainViewModel();
    private final StatusPoller poller;
    private final WindowActions actions;
    private final Scene scene;
    /** Events that deserve a pop-up: something ended or broke without the user asking. */
    private static final java.util.Set<StatusEvent.Type> NOTIFIED = java.util.EnumSet.of(StatusEvent.Type.JOB_ENDED,
            StatusEvent.Type.SESSION_VANISHED, StatusEvent.Type.RESERVATION_RESUBMITTED,
            StatusEvent.Type.HOST_DISCONNECTED);

    public ConsoleWindow(ConsoleContext context, UiExecutor executor, double width, double height) {
        this.context = context;
        Parent root = ConsoleApp.loadMain(model);
        // the poller talks to the SSH layer directly: its refreshes would drown the action log
        poller = new StatusPoller(context.sshHosts(), context.inventory()::load, context.runtimeStates(),
                context.leases(), context::settings, Clock.systemUTC(), context.defaultHost().orElse(""),
                this::restartLost);
        poller.addListener(snapshot -> Platform.runLater(() -> model.applySnapshot(snapshot)));
        poller.addEventListener(event -> Platform.runLater(() -> {
            model.log(event.message());
            model.message(event.message());
            if (NOTIFIED.contains(event.type()) && root.getScene() != null && root.getScene().getWindow() != null) {
                Notifications.create().owner(root.getScene().getWindow()).title("SAC Console").text(event.message())
                        .hideAfter(javafx.util.Duration.seconds(8)).showWarning();
            }
        }));
        context.actionLog().addListener(entry -> Platform.runLater(() -> model.log(entry.line())));
        actions = new WindowActions(context, poller, model, executor, tab -> {
            // looked up when needed: a SplitPane shows its items as children only once it has a skin
            TabPane detailTabs = (TabPane) root.getScene().lookup("#detailTabs");
            detailTabs.getTabs().add(tab);
            detailTabs.getSelectionModel().select(tab);
        });
        model.setActions(actions);
        scene = new Scene(root, width, height);
        Theme.apply(scene, context.settings().theme() == ConsoleSettings.Theme.DARK);
    }

    /** Reads the local files and starts polling the cluster. */
    public void start() {
        actions.reload();
        poller.start();
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel model() {
        return model;
    }

    public StatusPoller poller() {
        return poller;
    }

    private void restartLost(String reservation) {
        try {
            List<AgentSpec> tenants = context.inventory().load().agents().stream()
                    .filter(a -> a.slurm().reservation().equals(reservation)).toList();
            context.agents().restartLost(reservation, tenants);
        } catch (Exception e) {
            LOG.warn("restarting the lost tenants of {} failed: {}", reservation, e.getMessage());
        }
    }

    /** Detaches open terminals and stops polling; the context is the caller's to close. */
    @Override
    public void close() {
        actions.closeTerminals();
        poller.close();
    }
}
