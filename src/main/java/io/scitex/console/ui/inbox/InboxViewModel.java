package io.scitex.console.ui.inbox;

import io.scitex.console.status.AgentState;
import io.scitex.console.status.ClusterSnapshot;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Attention inbox without controls: the agents that need their user, oldest need first, which of them is
 * selected and what that allows, and which needs are new since the last snapshot (one notification each). FX thread
 * only.
 */
public final class InboxViewModel {
    private static final Comparator<InboxRow> OLDEST_FIRST = Comparator.comparing(InboxRow::since)
            .thenComparing(InboxRow::agent);

    private final ObservableList<InboxRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<InboxRow> selected = new SimpleObjectProperty<>();
    private final IntegerBinding count = Bindings.size(rows);
    private final StringBinding title = Bindings.createStringBinding(
            () -> rows.isEmpty() ? "Inbox" : "Inbox (" + rows.size() + ")", rows);
    private final BooleanBinding hasSelection = selected.isNotNull();
    private final BooleanBinding canApprove = kindSelected(AgentState.NEEDS_PERMISSION);
    private final BooleanBinding canAnswer = kindSelected(AgentState.QUESTION);
    private final Set<String> seen = new HashSet<>();

    private BooleanBinding kindSelected(AgentState state) {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().kind().equals(state.label()), selected);
    }

    /** The needs, oldest first. */
    public ObservableList<InboxRow> rows() {
        return rows;
    }

    /** The row the user picked (the table mirrors its selection here). */
    public ObjectProperty<InboxRow> selectedProperty() {
        return selected;
    }

    /** How many agents need their user now. */
    public IntegerBinding countProperty() {
        return count;
    }

    /** The tab's title: "Inbox (2)". */
    public StringBinding titleProperty() {
        return title;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    /** Approve and Deny: the selected agent waits for a permission. */
    public BooleanBinding canApproveProperty() {
        return canApprove;
    }

    /** Answer: the selected agent asks a question. */
    public BooleanBinding canAnswerProperty() {
        return canAnswer;
    }

    /**
     * Applies a snapshot: the rows become its needs, oldest first (the list is left alone when nothing changed, so
     * the selection stays). Returns the needs not seen in the previous snapshot, to be notified once each; a need
     * that went away and came back is new again.
     */
    public List<InboxRow> apply(ClusterSnapshot snapshot) {
        List<InboxRow> now = snapshot.agents().values().stream().filter(s -> s.needs().isPresent())
                .map(InboxRow::of).sorted(OLDEST_FIRST).toList();
        List<InboxRow> fresh = now.stream().filter(r -> !seen.contains(r.key())).toList();
        seen.clear();
        now.forEach(r -> seen.add(r.key()));
        if (!now.equals(rows)) {
            // the selection stays on the same need; a new tool call or question of the same agent is not selected,
            // so that Approve never acts on a need the user has not looked at
            String was = selected.get() == null ? null : selected.get().key();
            selected.set(now.stream().filter(r -> r.key().equals(was)).findFirst().orElse(null));
            rows.setAll(now);
        }
        return fresh;
    }

    /** Whether {@code agent} is in the inbox now. */
    public boolean contains(String agent) {
        return rows.stream().anyMatch(r -> r.agent().equals(agent));
    }
}
