package io.scitex.console.ui.logs;

import io.scitex.console.status.AgentStatus;
import io.scitex.console.status.ClusterSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The log pane's state: one bounded history per agent, fed by every snapshot, and the lines of the agent shown.
 * Lines arrive once per refresh, so the list changes in one batch, never line by line.
 */
public final class LogPaneModel {
    public static final int DEFAULT_CAP = 20_000;

    private final int cap;
    private final Map<String, LogHistory> histories = new HashMap<>();
    private final ObservableList<String> shown = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Select an agent to follow its output");
    private String agent;

    public LogPaneModel() {
        this(DEFAULT_CAP);
    }

    public LogPaneModel(int cap) {
        this.cap = cap;
    }

    public ObservableList<String> lines() {
        return shown;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public String agent() {
        return agent;
    }

    public void show(String agentName) {
        agent = agentName;
        if (agentName == null) {
            title.set("Select an agent to follow its output");
            shown.clear();
            return;
        }
        LogHistory h = histories.get(agentName);
        shown.setAll(h == null ? List.of() : h.lines());
        updateTitle();
    }

    public void apply(ClusterSnapshot snapshot) {
        for (AgentStatus st : snapshot.agents().values()) {
            feed(st.agent(), st.paneTail());
        }
    }

    /** Adds a fresh tail for {@code agentName} (from the poller or an explicit logs request). */
    public void feed(String agentName, List<String> tail) {
        if (tail.isEmpty()) {
            return;
        }
        LogHistory h = histories.computeIfAbsent(agentName, n -> new LogHistory(cap));
        LogHistory.Change change = h.merge(tail);
        if (agentName.equals(agent) && !change.isEmpty()) {
            if (change.replacedLast() != null && !shown.isEmpty()) {
                shown.set(shown.size() - 1, change.replacedLast());
            }
            shown.addAll(change.added());
            if (shown.size() > cap) {
                shown.remove(0, shown.size() - cap);
            }
            updateTitle();
        }
    }

    /** Index of the next line at or after {@code from} (wrapping) containing {@code needle}, or -1. */
    public int find(String needle, int from) {
        if (needle == null || needle.isEmpty() || shown.isEmpty()) {
            return -1;
        }
        String n = needle.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i < shown.size(); i++) {
            int at = (Math.max(0, from) + i) % shown.size();
            if (shown.get(at).toLowerCase(java.util.Locale.ROOT).contains(n)) {
                return at;
            }
        }
        return -1;
    }

    private void updateTitle() {
        title.set(agent + " — " + shown.size() + " line" + (shown.size() == 1 ? "" : "s") + " kept by the console");
    }
}
