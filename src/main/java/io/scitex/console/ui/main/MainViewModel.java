package io.scitex.console.ui.main;

import io.scitex.console.inventory.Inventory;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.HostStatus;
import io.scitex.console.ui.activity.ActivityViewModel;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.agents.AgentsViewModel;
import io.scitex.console.ui.logs.LogPaneModel;
import io.scitex.console.ui.problems.ProblemsViewModel;
import io.scitex.console.ui.reservations.ReservationRow;
import io.scitex.console.ui.reservations.ReservationsViewModel;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import io.scitex.console.agent.AgentSpec;
import io.scitex.console.ui.inbox.InboxRow;
import io.scitex.console.ui.inbox.InboxViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the main window, without controls: one view model per tab, the status bar and the theme; tested with
 * plain JUnit. The menus and the toolbar call its actions, which take the selection from the tabs. FX thread only.
 */
public class MainViewModel implements io.scitex.console.ui.inbox.InboxController.Answers {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final AgentsViewModel agents = new AgentsViewModel();
    private final ReservationsViewModel reservations = new ReservationsViewModel();
    private final ProblemsViewModel problems = new ProblemsViewModel();
    private final ActivityViewModel activity = new ActivityViewModel();
    private final LogPaneModel logs = new LogPaneModel();
    private final InboxViewModel inbox = new InboxViewModel();
    private final StringProperty baseTitle = new SimpleStringProperty("SAC Console");
    private final StringBinding windowTitle = Bindings.createStringBinding(() -> baseTitle.get()
            + needYou(inbox.countProperty().get()), baseTitle, inbox.countProperty());
    private final io.scitex.console.ui.conversation.ConversationViewModel conversation =
            new io.scitex.console.ui.conversation.ConversationViewModel();
    private final ObservableList<HostStatus> hosts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper refreshed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private MainActions actions = MainActions.NONE;

    public MainViewModel() {
        agents.selected().addListener((javafx.collections.ListChangeListener<AgentRow>) c ->
                logs.show(agents.selected().isEmpty() ? null : agents.selected().get(0).name()));
        agents.selected().addListener((javafx.collections.ListChangeListener<AgentRow>) c ->
                conversation.select(agents.selected().isEmpty() ? null : agents.selected().get(0).name()));
    }

    public void setActions(MainActions actions) {
        this.actions = actions;
    }

    public AgentsViewModel agentsTab() {
        return agents;
    }

    public ReservationsViewModel reservationsTab() {
        return reservations;
    }

    public InboxViewModel inboxTab() {
        return inbox;
    }

    /** The window's title without the count: "SAC Console — host". */
    public StringProperty baseTitleProperty() {
        return baseTitle;
    }

    /** The window's title: the base, then how many agents need the user ("SAC Console — 2 need you"). */
    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    private static String needYou(int n) {
        return n == 0 ? "" : " — " + n + (n == 1 ? " needs" : " need") + " you";
    }

    public ProblemsViewModel problemsTab() {
        return problems;
    }

    public ActivityViewModel activityTab() {
        return activity;
    }

    /** The Conversation tab: the selected agent's Claude Code transcript, followed while the tab is shown. */
    public io.scitex.console.ui.conversation.ConversationViewModel conversation() {
        return conversation;
    }

    public LogPaneModel logs() {
        return logs;
    }

    /** Every agent row (valid and invalid), in discovery order. */
    public ObservableList<AgentRow> agents() {
        return agents.rows();
    }

    public ObservableList<ReservationRow> reservations() {
        return reservations.rows();
    }

    /** One entry per host, sorted by name, replaced on every snapshot. */
    public ObservableList<HostStatus> hosts() {
        return hosts;
    }

    public ReadOnlyStringProperty refreshedProperty() {
        return refreshed.getReadOnlyProperty();
    }

    /** The status bar's message; every message also goes to the Activity tab, where it is read whole. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The dark theme is on (View → Dark theme); the window applies and saves it. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Applies a fresh read of the local files. */
    public void applyInventory(Inventory inv) {
        agents.apply(Stream.concat(inv.agents().stream().map(AgentRow.Entry::of),
                inv.invalid().stream().map(AgentRow.Entry::of))
                .sorted(Comparator.comparing(AgentRow.Entry::name)).toList());
        reservations.apply(inv.leases());
        problems.apply(inv.problems());
    }

    /** Applies a snapshot; returns the needs that are new since the last one (one notification each). */
    public List<InboxRow> applySnapshot(ClusterSnapshot snapshot) {
        logs.apply(snapshot);
        reservations.applySnapshot(snapshot);
        agents.applySnapshot(snapshot); // before the hosts: their chips count the agents' new states
        hosts.setAll(snapshot.hosts().values().stream().sorted(Comparator.comparing(HostStatus::host)).toList());
        refreshed.set("updated " + LocalTime.ofInstant(snapshot.takenAt(), ZoneId.systemDefault()).format(CLOCK));
        return inbox.apply(snapshot);
    }

    public void log(String line) {
        activity.log(line);
    }

    /** Shows {@code text} in the status bar and keeps it in the Activity tab. */
    public void message(String text) {
        message.set(text);
        if (!text.isBlank()) {
            activity.log(text);
        }
    }

    public void start(boolean force) {
        actions.start(agents.runnableSelection(), force);
    }

    public void stop() {
        actions.stop(agents.runnableSelection());
    }

    public void attach() {
        List<io.scitex.console.agent.AgentSpec> selected = agents.runnableSelection();
        if (selected.size() == 1) {
            actions.attach(selected.get(0));
        }
    }

    @Override
    public void approve() {
        selectedNeed().ifPresent(n -> actions.approve(n.getKey(), n.getValue().detail()));
    }

    @Override
    public void deny() {
        selectedNeed().ifPresent(n -> actions.deny(n.getKey(), n.getValue().detail()));
    }

    @Override
    public void answer() {
        selectedNeed().ifPresent(n -> actions.answer(n.getKey(), n.getValue().detail()));
    }

    @Override
    public void attachNeed() {
        selectedNeed().ifPresent(n -> actions.attach(n.getKey()));
    }

    /** Agent → Send prompt…: to the selected agents that run on a cluster. */
    public void sendPrompt() {
        actions.send(agents.runnableSelection());
    }

    /** The inbox's selected need and its agent's spec (the agent must still be a valid cluster agent). */
    private java.util.Optional<Map.Entry<AgentSpec, InboxRow>> selectedNeed() {
        InboxRow row = inbox.selectedProperty().get();
        if (row == null) {
            return java.util.Optional.empty();
        }
        java.util.Optional<AgentSpec> spec = agents.rows().stream().filter(r -> r.name().equals(row.agent()))
                .filter(AgentRow::runnable).map(AgentRow::spec).findFirst();
        if (spec.isEmpty()) {
            message(row.agent() + " is no longer a valid cluster agent in the agent files");
        }
        return spec.map(s -> Map.entry(s, row));
    }

    /** Opens a read-only terminal on the one selected agent. */
    public void watch() {
        List<io.scitex.console.agent.AgentSpec> selected = agents.runnableSelection();
        if (selected.size() == 1) {
            actions.watch(selected.get(0));
        }
    }

    public void reload() {
        actions.reload();
    }

    /** What File → Add agent folder does once a folder was chosen. */
    public void addAgentFolder(Path folder) {
        actions.addAgentFolder(folder);
    }

    public void chooseAgentFolder() {
        actions.chooseAgentFolder();
    }

    public void refreshNow() {
        actions.refreshNow();
    }

    public void book() {
        actions.book();
    }

    public void refreshLease() {
        reservations.selectedLease().ifPresentOrElse(actions::refreshLease,
                () -> message("Select a reservation first"));
    }

    public void release() {
        reservations.selectedLease().ifPresentOrElse(actions::release, () -> message("Select a reservation first"));
    }
}
