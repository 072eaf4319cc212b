package io.scitex.console.ui.reservations;

import static io.scitex.console.ui.common.Columns.bind;
import static io.scitex.console.ui.common.Columns.fixed;

import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Thin controller of reservations.fxml: the table over {@link ReservationsViewModel}. */
public final class ReservationsController {
    private final ReservationsViewModel model;

    @FXML private TableView<ReservationRow> reservationsTable;
    @FXML private TableColumn<ReservationRow, String> nameColumn;
    @FXML private TableColumn<ReservationRow, String> stateColumn;
    @FXML private TableColumn<ReservationRow, String> hostColumn;
    @FXML private TableColumn<ReservationRow, String> jobColumn;
    @FXML private TableColumn<ReservationRow, String> nodeColumn;
    @FXML private TableColumn<ReservationRow, String> tenantsColumn;
    @FXML private TableColumn<ReservationRow, String> leftColumn;
    @FXML private TableColumn<ReservationRow, String> persistentColumn;
    @FXML private TableColumn<ReservationRow, String> submittedColumn;

    public ReservationsController(ReservationsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        bind(nameColumn, r -> fixed(r.lease().name()));
        bind(stateColumn, ReservationRow::stateProperty);
        bind(hostColumn, r -> fixed(r.lease().host()));
        bind(jobColumn, ReservationRow::jobProperty);
        bind(nodeColumn, ReservationRow::nodeProperty);
        bind(tenantsColumn, ReservationRow::tenantsProperty);
        bind(leftColumn, ReservationRow::timeLeftProperty);
        bind(persistentColumn, r -> fixed(r.lease().persistent() ? "yes" : "no"));
        bind(submittedColumn, r -> fixed(ReservationRow.localTime(r.lease().submittedAt())));
        SortedList<ReservationRow> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(reservationsTable.comparatorProperty());
        reservationsTable.setItems(sorted);
        reservationsTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                reservationsTable.getSelectionModel().clearSelection();
            }
        });
    }
}
