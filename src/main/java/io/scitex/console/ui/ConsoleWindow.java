package io.scitex.console.ui;

import io.scitex.console.app.ConsoleContext;
import io.scitex.console.inventory.InventoryWatcher;
import io.scitex.console.runtime.ActionEntry;
import io.scitex.console.settings.ConsoleSettings;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.StatusEvent;
import io.scitex.console.status.StatusPoller;
import io.scitex.console.ui.common.Dialogs;
import io.scitex.console.ui.common.FxDialogs;
import io.scitex.console.ui.common.UiExecutor;
import io.scitex.console.ui.main.MainViewModel;
import io.scitex.console.ui.theme.Theme;
import io.scitex.console.ui.main.WindowActions;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import org.controlsfx.control.Notifications;

/**
 * The main window wired to a {@link ConsoleContext}: view model, the context's status poller (its snapshots applied
 * on the FX thread in one go), action log and user actions. Built on the FX thread; {@link #close()} on the way out.
 */
public final class ConsoleWindow implements AutoCloseable {
    /** Events that deserve a pop-up: something ended or broke without the user asking. */
    private static final Set<StatusEvent.Type> NOTIFIED = EnumSet.of(StatusEvent.Type.JOB_ENDED,
            StatusEvent.Type.SESSION_VANISHED, StatusEvent.Type.RESERVATION_RESUBMITTED,
            StatusEvent.Type.HOST_DISCONNECTED);

    private final ConsoleContext context;
    private final MainViewModel model = new MainViewModel();
    private final StatusPoller poller;
    private final WindowActions actions;
    private final Parent root;
    private final Scene scene;
    /** The newest snapshot not applied yet: snapshots that land while one waits for the FX thread replace it. */
    private final java.util.concurrent.atomic.AtomicReference<ClusterSnapshot> unapplied =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final Consumer<ClusterSnapshot> snapshots = s -> {
        if (unapplied.getAndSet(s) == null) {
            Platform.runLater(this::applySnapshot);
        }
    };
    private final Consumer<StatusEvent> events = e -> Platform.runLater(() -> showEvent(e));
    private InventoryWatcher files;
    private final io.scitex.console.ui.logs.ContextLogSource logSource;
    private final Consumer<ActionEntry> actionLines = e -> Platform.runLater(() -> model.log(e.line()));

    /**
     * Applies the newest snapshot once: every snapshot holds every host's agents, so one that was replaced before the
     * FX thread got to it needs no update of its own (decision 0705).
     */
    private void applySnapshot() {
        ClusterSnapshot s = unapplied.getAndSet(null);
        if (s != null) {
            notifyNeeds(model.applySnapshot(s));
        }
    }

    public ConsoleWindow(ConsoleContext context, UiExecutor executor, double width, double height) {
        this.context = context;
        // the theme's stylesheet first: the first control created otherwise loads JavaFX's Modena as the default
        // user-agent stylesheet, only to be replaced by the theme's (~0.1-0.2 s of a cold start, 0902)
        boolean dark = context.settings().theme() == ConsoleSettings.Theme.DARK;
        Theme.use(dark);
        this.root = ConsoleApp.loadMain(model);
        this.poller = context.statusPoller();
        poller.addListener(snapshots);
        poller.addEventListener(events);
        context.actionLog().addListener(actionLines);
        Dialogs dialogs = new FxDialogs(() -> root.getScene() == null ? null : root.getScene().getWindow());
        actions = new WindowActions(context, model, executor, dialogs, tab -> {
            // looked up when needed: a SplitPane shows its items as children only once it has a skin
            TabPane detailTabs = (TabPane) root.getScene().lookup("#detailTabs");
            detailTabs.getTabs().add(tab);
            detailTabs.getSelectionModel().select(tab);
        });
        model.setActions(actions);
        model.conversation().setSource(new io.scitex.console.ui.conversation.ContextConversationSource(context),
                executor, model::message);
        logSource = new io.scitex.console.ui.logs.ContextLogSource(context);
        model.logs().setSource(logSource, executor, context.settings().logViewLines(), model::message);
        scene = new Scene(root, width, height);
        Theme.style(scene);
        model.darkProperty().set(dark);
        model.darkProperty().addListener((o, was, now) -> {
            Theme.use(now);
            Theme.style(scene);
            actions.saveTheme(now);
        });
    }

    private void showEvent(StatusEvent event) {
        model.message(event.message()); // also its line in the Activity tab
        if (NOTIFIED.contains(event.type()) && root.getScene() != null && root.getScene().getWindow() != null) {
            Notifications.create().owner(root.getScene().getWindow()).title("SAC Console").text(event.message())
                    .hideAfter(javafx.util.Duration.seconds(8)).showWarning();
        }
    }

    /** One notification per need that is new: the agent, what it needs and why. */
    private void notifyNeeds(java.util.List<io.scitex.console.ui.inbox.InboxRow> fresh) {
        for (io.scitex.console.ui.inbox.InboxRow need : fresh) {
            model.log(need.agent() + " needs you: " + need.what() + " — " + need.why());
            if (root.getScene() != null && root.getScene().getWindow() != null) {
                String why = need.why().length() > 200 ? need.why().substring(0, 200) + "…" : need.why();
                Notifications.create().owner(root.getScene().getWindow()).title(need.agent() + " needs you ("
                        + need.what() + ")").text(why).hideAfter(javafx.util.Duration.seconds(10)).showInformation();
            }
        }
    }

    /** Reads the local files, watches them for changes and starts polling the cluster. */
    public void start() {
        actions.reload();
        try {
            files = context.watchFiles(inv -> Platform.runLater(() -> {
                model.applyInventory(inv);
                poller.refreshNow();
            }));
        } catch (IOException e) {
            model.message("Agent and reservation files are not watched (" + e.getMessage() + "); File → Reload"
                    + " reads them");
        }
        context.startPolling();
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

    /** Detaches open terminals and stops listening; the context (and its poller) is the caller's to close. */
    @Override
    public void close() {
        if (files != null) {
            files.close();
        }
        actions.closeTerminals();
        model.conversation().close();
        model.logs().close();
        logSource.close();
        poller.removeListener(snapshots);
        poller.removeEventListener(events);
        context.actionLog().removeListener(actionLines);
    }
}
