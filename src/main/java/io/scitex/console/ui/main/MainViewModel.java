package io.scitex.console.ui.main;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.agent.Problem;
import io.scitex.console.inventory.Inventory;
import io.scitex.console.lease.Lease;
import io.scitex.console.status.ReservationStatus;
import io.scitex.console.ui.reservations.ReservationRow;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.HostStatus;
import io.scitex.console.ui.agents.AgentRow;
import io.scitex.console.ui.logs.LogPaneModel;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** State of the main window, without controls: tested with plain JUnit. Called on the FX thread only. */
public class MainViewModel {
    private static final int ACTIVITY_CAP = 2_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ObservableList<AgentRow> agents = FXCollections.observableArrayList();
    private final Map<String, AgentRow> byName = new HashMap<>();
    private final ObservableList<ReservationRow> reservations = FXCollections.observableArrayList();
    private final Map<String, ReservationRow> leaseById = new HashMap<>();
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<String> activity = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problemsSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyAgentsHint = new ReadOnlyStringWrapper(
            "No agents found. Put agent YAMLs in ~/.scitex/agent-container/agents/<name>/<name>.yaml");
    private final LogPaneModel logs = new LogPaneModel();
    private final ObservableList<HostStatus> hosts = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper refreshed = new ReadOnlyStringWrapper("");
    private MainActions actions = MainActions.NONE;

    public void setActions(MainActions actions) {
        this.actions = actions;
    }

    public ObservableList<AgentRow> agents() {
        return agents;
    }

    /** One entry per host, sorted by name, replaced on every snapshot. */
    public ObservableList<HostStatus> hosts() {
        return hosts;
    }

    public ReadOnlyStringProperty refreshedProperty() {
        return refreshed.getReadOnlyProperty();
    }

    public LogPaneModel logs() {
        return logs;
    }

    public ObservableList<ReservationRow> reservations() {
        return reservations;
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** Applies a fresh read of the local files. */
    public void applyInventory(Inventory inv) {
        applyAgents(inv.agents());
        Set<String> ids = inv.leases().stream().map(Lease::id).collect(Collectors.toSet());
        reservations.removeIf(r -> !ids.contains(r.id()));
        leaseById.keySet().retainAll(ids);
        for (Lease l : inv.leases()) {
            ReservationRow row = leaseById.get(l.id());
            if (row == null) {
                row = new ReservationRow(l);
                leaseById.put(l.id(), row);
                reservations.add(row);
            } else {
                row.setLease(l);
            }
        }
        problems.setAll(inv.problems());
        applyProblems((int) inv.errorCount(), (int) inv.warningCount());
    }

    public ObservableList<String> activity() {
        return activity;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsSummaryProperty() {
        return problemsSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyAgentsHintProperty() {
        return emptyAgentsHint.getReadOnlyProperty();
    }

    /** Replaces the agent list by key: existing rows are updated in place, vanished ones removed. */
    public void applyAgents(List<AgentSpec> specs) {
        Set<String> names = specs.stream().map(AgentSpec::name).collect(Collectors.toSet());
        agents.removeIf(r -> !names.contains(r.name()));
        byName.keySet().retainAll(names);
        for (AgentSpec s : specs) {
            AgentRow row = byName.get(s.name());
            if (row == null) {
                row = new AgentRow(s);
                byName.put(s.name(), row);
                agents.add(row);
            } else {
                row.setSpec(s);
            }
        }
    }

    void applyProblems(int errors, int warnings) {
        if (errors == 0 && warnings == 0) {
            problemsSummary.set("");
        } else {
            problemsSummary.set(errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s") + " in agent and reservation files");
        }
    }

    public void applySnapshot(ClusterSnapshot snapshot) {
        logs.apply(snapshot);
        hosts.setAll(snapshot.hosts().values().stream()
                .sorted(java.util.Comparator.comparing(HostStatus::host)).toList());
        refreshed.set("updated " + LocalTime.ofInstant(snapshot.takenAt(), java.time.ZoneId.systemDefault())
                .format(CLOCK));
        for (ReservationStatus st : snapshot.reservations().values()) {
            ReservationRow row = leaseById.get(st.id());
            if (row != null) {
                row.apply(st);
            }
        }
        for (AgentStatus st : snapshot.agents().values()) {
            AgentRow row = byName.get(st.agent());
            if (row != null) {
                row.apply(st);
            }
        }
    }

    public void log(String line) {
        activity.add(LocalTime.now().format(CLOCK) + "  " + line);
        if (activity.size() > ACTIVITY_CAP) {
            activity.remove(0, activity.size() - ACTIVITY_CAP);
        }
    }

    public void message(String text) {
        message.set(text);
    }

    void start(List<AgentRow> rows, boolean force) {
        actions.start(specs(rows), force);
    }

    void stop(List<AgentRow> rows) {
        actions.stop(specs(rows));
    }

    void attach(List<AgentRow> rows) {
        if (rows.size() == 1) {
            actions.attach(rows.get(0).spec());
        }
    }

    void reload() {
        actions.reload();
    }

    /** What File → Add agent folder does once a folder was chosen. */
    public void addAgentFolder(java.nio.file.Path folder) {
        actions.addAgentFolder(folder);
    }

    void refreshNow() {
        actions.refreshNow();
    }

    void book() {
        actions.book();
    }

    void refreshLease(ReservationRow row) {
        if (row == null) {
            message("Select a reservation first");
            return;
        }
        actions.refreshLease(row.lease());
    }

    void release(ReservationRow row) {
        if (row == null) {
            message("Select a reservation first");
            return;
        }
        actions.release(row.lease());
    }

    private static List<AgentSpec> specs(List<AgentRow> rows) {
        return rows.stream().map(AgentRow::spec).filter(s -> s.runtime().isSlurm()).toList();
    }
}
