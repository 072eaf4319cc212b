package io.scitex.console.ui.agents;

import io.scitex.console.agent.AgentSpec;
import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Agents tab without controls: rows keyed by name and updated in place, the filter, the selection and what the
 * selection allows (the toolbar buttons and the Agent menu bind to the same booleans). FX thread only.
 */
public final class AgentsViewModel {
    private final ObservableList<AgentRow> rows = FXCollections.observableArrayList();
    private final Map<String, AgentRow> byName = new HashMap<>();
    private final FilteredList<AgentRow> filtered = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    /** The fleet tree's choice: only the agents of this cluster or reservation (null: all). */
    private final ObjectProperty<FleetGroups.Group> scope = new SimpleObjectProperty<>();
    private final ObjectProperty<List<FleetGroups.Cluster>> groups = new SimpleObjectProperty<>(List.of());
    private final ObservableList<AgentRow> selected = FXCollections.observableArrayList();
    private final BooleanBinding canRun = Bindings.createBooleanBinding(
            () -> selected.stream().anyMatch(AgentRow::runnable), selected);
    private final BooleanBinding canAttach = Bindings.createBooleanBinding(
            () -> selected.size() == 1 && selected.get(0).runnable(), selected);
    private final ReadOnlyStringWrapper emptyHint = new ReadOnlyStringWrapper(
            "No agents found. Put agent YAMLs in ~/.scitex/agent-container/agents/<name>/<name>.yaml");

    public AgentsViewModel() {
        filter.addListener((o, was, text) -> refilter());
        scope.addListener((o, was, now) -> refilter());
    }

    public ObservableList<AgentRow> rows() {
        return rows;
    }

    /** The rows the filter lets through (the table sorts them). */
    public FilteredList<AgentRow> filtered() {
        return filtered;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<FleetGroups.Group> scopeProperty() {
        return scope;
    }

    /** The agents grouped by cluster and reservation with counts by state, rebuilt after every change. */
    public ReadOnlyObjectProperty<List<FleetGroups.Cluster>> groupsProperty() {
        return groups;
    }

    /** The table's selection, mirrored by the controller. */
    public ObservableList<AgentRow> selected() {
        return selected;
    }

    /** Start, Stop and Restart: at least one selected agent is a valid SLURM agent. */
    public BooleanBinding canRunProperty() {
        return canRun;
    }

    /** Attach: exactly one valid SLURM agent selected. */
    public BooleanBinding canAttachProperty() {
        return canAttach;
    }

    public ReadOnlyStringProperty emptyHintProperty() {
        return emptyHint.getReadOnlyProperty();
    }

    /** The selected agents that can be started, stopped or attached. */
    public List<AgentSpec> runnableSelection() {
        return selected.stream().filter(AgentRow::runnable).map(AgentRow::spec).toList();
    }

    /** Replaces the agent list by key: existing rows are updated in place, vanished ones removed. */
    public void apply(List<AgentRow.Entry> entries) {
        Set<String> names = entries.stream().map(AgentRow.Entry::name).collect(Collectors.toSet());
        rows.removeIf(r -> !names.contains(r.name()));
        byName.keySet().retainAll(names);
        List<AgentRow> added = new java.util.ArrayList<>();
        for (AgentRow.Entry e : entries) {
            AgentRow row = byName.get(e.name());
            if (row == null) {
                row = new AgentRow(e);
                byName.put(e.name(), row);
                added.add(row);
            } else {
                row.setEntry(e);
            }
        }
        rows.addAll(added); // one change for the filter, the sort and the table, not one per row
        selected.retainAll(rows);
        regroup();
    }

    public void applySnapshot(ClusterSnapshot snapshot) {
        for (AgentStatus st : snapshot.agents().values()) {
            AgentRow row = byName.get(st.agent());
            if (row != null) {
                row.apply(st);
            }
        }
        regroup();
    }

    /** Counts and groups follow the rows; a filter or scope that reads states or hosts is applied again. */
    private void regroup() {
        groups.set(FleetGroups.of(rows));
        if (scope.get() != null || !filter.get().isBlank()) {
            refilter();
        }
    }

    private void refilter() {
        String text = filter.get();
        FleetGroups.Group g = scope.get();
        filtered.setPredicate(g == null && (text == null || text.isBlank()) ? null
                : row -> (g == null || g.contains(row)) && matches(row, text));
    }

    private static boolean matches(AgentRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row.name().toLowerCase(Locale.ROOT).contains(needle)
                || row.where().toLowerCase(Locale.ROOT).contains(needle)
                || row.stateProperty().get().toLowerCase(Locale.ROOT).contains(needle);
    }
}
