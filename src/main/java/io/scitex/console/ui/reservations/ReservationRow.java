package io.scitex.console.ui.reservations;

import io.scitex.console.lease.Lease;
import io.scitex.console.status.ReservationStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One row of the reservations table, keyed by lease id and updated in place. */
public final class ReservationRow {
    private final String id;
    private final ReadOnlyObjectWrapper<Lease> lease = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("not checked yet");
    private final ReadOnlyStringWrapper job = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper node = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tenants = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper timeLeft = new ReadOnlyStringWrapper("");

    public ReservationRow(Lease l) {
        this.id = l.id();
        setLease(l);
    }

    public String id() {
        return id;
    }

    public Lease lease() {
        return lease.get();
    }

    public void setLease(Lease l) {
        lease.set(l);
        job.set(l.jobId());
        node.set(l.node());
    }

    public ReadOnlyObjectProperty<Lease> leaseProperty() {
        return lease.getReadOnlyProperty();
    }

    /** scitex-hpc's ISO timestamp as local "2026-11-30 02:14"; as it is when it is not one. */
    public static String localTime(String iso) {
        try {
            return java.time.OffsetDateTime.parse(iso).atZoneSameInstant(java.time.ZoneId.systemDefault())
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    public void apply(ReservationStatus st) {
        String text = st.jobState().isEmpty() ? "unknown" : st.jobState().toLowerCase(java.util.Locale.ROOT);
        state.set(st.reason().isEmpty() ? text : text + " (" + st.reason() + ")");
        job.set(st.jobId());
        node.set(st.node());
        tenants.set(Integer.toString(st.tenants().size()));
        timeLeft.set(st.timeLeft());
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nodeProperty() {
        return node.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tenantsProperty() {
        return tenants.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeLeftProperty() {
        return timeLeft.getReadOnlyProperty();
    }
}
