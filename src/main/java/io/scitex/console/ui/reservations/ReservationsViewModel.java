package io.scitex.console.ui.reservations;

import io.scitex.console.lease.Lease;
import io.scitex.console.status.ClusterSnapshot;
import io.scitex.console.status.ReservationStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reservations tab without controls: rows keyed by lease id and updated in place, the selected row and whether
 * Refresh and Release apply (the menu items and the buttons bind to the same boolean). FX thread only.
 */
public final class ReservationsViewModel {
    private final ObservableList<ReservationRow> rows = FXCollections.observableArrayList();
    private final Map<String, ReservationRow> byId = new HashMap<>();
    private final ObjectProperty<ReservationRow> selected = new SimpleObjectProperty<>();
    private final BooleanBinding hasSelection = Bindings.isNotNull(selected);

    public ObservableList<ReservationRow> rows() {
        return rows;
    }

    /** The table's selected row, mirrored by the controller. */
    public ObjectProperty<ReservationRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding hasSelectionProperty() {
        return hasSelection;
    }

    public Optional<Lease> selectedLease() {
        return Optional.ofNullable(selected.get()).map(ReservationRow::lease);
    }

    public void apply(List<Lease> leases) {
        Set<String> ids = leases.stream().map(Lease::id).collect(Collectors.toSet());
        rows.removeIf(r -> !ids.contains(r.id()));
        byId.keySet().retainAll(ids);
        for (Lease l : leases) {
            ReservationRow row = byId.get(l.id());
            if (row == null) {
                row = new ReservationRow(l);
                byId.put(l.id(), row);
                rows.add(row);
            } else {
                row.setLease(l);
            }
        }
        if (selected.get() != null && !rows.contains(selected.get())) {
            selected.set(null);
        }
    }

    public void applySnapshot(ClusterSnapshot snapshot) {
        for (ReservationStatus st : snapshot.reservations().values()) {
            ReservationRow row = byId.get(st.id());
            if (row != null) {
                row.apply(st);
            }
        }
    }
}
