package io.scitex.console.ui.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import io.scitex.console.lease.Lease;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReservationsViewModelTest {
    private final ReservationsViewModel model = new ReservationsViewModel();

    static Lease lease(String name) {
        return new Lease("sac-test-" + name, name, "sac-test", "41", "", true, "2026-11-29T04:00:00+00:00", "",
                Map.of("tmux_server", "sac"));
    }

    @Test
    void refreshAndReleaseNeedASelectedRow() {
        model.apply(List.of(lease("pool")));
        assertThat(model.hasSelectionProperty().get()).isFalse();
        assertThat(model.selectedLease()).isEmpty();
        model.selectedProperty().set(model.rows().get(0));
        assertThat(model.hasSelectionProperty().get()).isTrue();
        assertThat(model.selectedLease()).map(Lease::name).contains("pool");
    }

    @Test
    void aReleasedReservationLeavesTheSelection() {
        model.apply(List.of(lease("pool"), lease("other")));
        ReservationRow other = model.rows().get(1);
        model.selectedProperty().set(model.rows().get(0));
        model.apply(List.of(lease("other")));
        assertThat(model.rows()).containsExactly(other);
        assertThat(model.hasSelectionProperty().get()).isFalse();
    }

    @Test
    void submittedTimesAreShownInLocalTimeWithoutSeconds() {
        String shown = ReservationRow.localTime("2026-11-29T04:00:00+00:00");
        assertThat(shown).matches("2026-11-2[89] [0-9]{2}:[0-9]{2}");
        assertThat(ReservationRow.localTime("yesterday")).isEqualTo("yesterday");
    }
}
